import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { dashboardQueryOptions } from "@/components/query/dashboard-query";
import { getQueryClient } from "@/components/query/get-query-client";
import { getSharedDashboard } from "@/db/share/resolve";
import { openForRequest, publicOrigin, sharedDashboardQuery } from "./shared-access";

// Every request checks its token: a revoked link must stop working within a second.
export const dynamic = "force-dynamic";

interface SharedPageProps {
  params: Promise<{ token: string }>;
}

const PRIVATE: Metadata = {
  robots: { index: false, follow: false, nocache: true },
  referrer: "no-referrer",
};

export async function generateMetadata({ params }: SharedPageProps): Promise<Metadata> {
  const access = await openForRequest((await params).token, "view");
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

export default async function SharedDashboardPage({ params }: SharedPageProps) {
  const { token } = await params;
  const access = await openForRequest(token, "view");
  if (!access.ok) notFound();
  const data = await getSharedDashboard(access.link.slug);
  if (!data) notFound();

  const query = sharedDashboardQuery(token);
  const queryClient = getQueryClient();
  queryClient.setQueryData(dashboardQueryOptions(query).queryKey, data);

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <p className="shared-note muted">Read-only shared view. It updates by itself as the record changes.</p>
      <DashboardView queryKey={query.key} url={query.url} />
    </HydrationBoundary>
  );
}
