import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AsOfBanner } from "@/components/dashboard/as-of-banner";
import { AsOfControl } from "@/components/dashboard/as-of-control";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { dashboardQueryOptions } from "@/components/query/dashboard-query";
import { getQueryClient } from "@/components/query/get-query-client";
import { parseAsOf } from "@/db/dashboard/as-of";
import { todayIso } from "@/db/domain/today";
import { getSharedDashboard } from "@/db/share/resolve";
import { getSharedDashboardAsOf } from "@/db/share/shared-as-of";
import { openForRequest, publicOrigin, sharedDashboardQuery } from "./shared-access";

// Every request checks its token: a revoked link must stop working within a second.
export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

interface SharedPageProps {
  params: Promise<{ token: string }>;
  searchParams: Promise<SearchParams>;
}

const PRIVATE: Metadata = {
  robots: { index: false, follow: false, nocache: true },
  referrer: "no-referrer",
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

export async function generateMetadata({ params }: SharedPageProps): Promise<Metadata> {
  const access = await openForRequest((await params).token, "view");
  // Previews always describe today's view: a link's card is the project as it stands.
  const data = access.ok ? await getSharedDashboard(access.link.slug) : null;
  // Absolute image URLs for the previews, which come from opengraph-image.tsx and twitter-image.tsx.
  const metadataBase = new URL(await publicOrigin());
  if (!data) return { ...PRIVATE, metadataBase, title: "Page not found" };
  const title = data.project.name;
  const description = `${data.status.label}. ${data.status.reason}`;
  return {
    ...PRIVATE,
    metadataBase,
    title,
    description,
    openGraph: { title, description, type: "website", siteName: "Bridgewatch" },
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function SharedDashboardPage({ params, searchParams }: SharedPageProps) {
  const { token } = await params;
  const access = await openForRequest(token, "view");
  if (!access.ok) notFound();
  const today = todayIso();
  const search = await searchParams;
  const parsed = parseAsOf({ asOf: first(search.asOf), mode: first(search.mode) }, today);
  const asOf = parsed.ok ? parsed.asOf : null;
  const data = await getSharedDashboardAsOf(access.link.slug, asOf);
  if (!data) notFound();

  const query = sharedDashboardQuery(token, asOf);
  const queryClient = getQueryClient();
  queryClient.setQueryData(dashboardQueryOptions(query).queryKey, data);

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <p className="shared-note muted">Read-only shared view. It updates by itself as the record changes.</p>
      <AsOfControl
        key={`${asOf?.day ?? ""}-${asOf?.mode ?? ""}`}
        asOf={asOf?.day ?? null}
        mode={asOf?.mode ?? "published"}
        today={today}
        error={parsed.ok ? null : parsed.message}
      />
      <AsOfBanner view={data.view} todayHref={`/s/${encodeURIComponent(token)}`} />
      <DashboardView queryKey={query.key} url={query.url} />
    </HydrationBoundary>
  );
}
