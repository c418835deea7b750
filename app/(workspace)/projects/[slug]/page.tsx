import Link from "next/link";
import { getDb } from "@/db/client";
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AsOfBanner } from "@/components/dashboard/as-of-banner";
import { AsOfControl } from "@/components/dashboard/as-of-control";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { dashboardQueryOptions, projectDashboardQuery } from "@/components/query/dashboard-query";
import { getQueryClient } from "@/components/query/get-query-client";
import { hasRole, requireUser } from "@/db/auth/session";
import { parseAsOf, type AsOf } from "@/db/dashboard/as-of";
import { getDashboard } from "@/db/queries/dashboard";
import { todayIso } from "@/db/domain/today";
import { editorSectionActions } from "./editors/section-actions";

type SearchParams = Record<string, string | string[] | undefined>;

interface ProjectPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<SearchParams>;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

/** The view the address asks for; an asOf that cannot be read shows today's view, with the reason at the control. */
function asOfOf(search: SearchParams, today: string) {
  return parseAsOf({ asOf: first(search.asOf), mode: first(search.mode) }, today);
}

// Metadata and page share one read per request.
const loadDashboard = cache(async (slug: string, today: string, day: string | null, mode: AsOf["mode"]) =>
  getDashboard(await getDb(), { slug, today, audience: "workspace", asOf: day ? { day, mode } : null }),
);

export async function generateMetadata({ params, searchParams }: ProjectPageProps): Promise<Metadata> {
  await requireUser();
  const today = todayIso();
  const parsed = asOfOf(await searchParams, today);
  const asOf = parsed.ok ? parsed.asOf : null;
  const data = await loadDashboard((await params).slug, today, asOf?.day ?? null, asOf?.mode ?? "published");
  return { title: data?.project.name ?? "Page not found" };
}

export default async function ProjectPage({ params, searchParams }: ProjectPageProps) {
  const user = await requireUser();
  const { slug } = await params;
  const today = todayIso();
  const parsed = asOfOf(await searchParams, today);
  const asOf = parsed.ok ? parsed.asOf : null;
  const data = await loadDashboard(slug, today, asOf?.day ?? null, asOf?.mode ?? "published");
  if (!data) notFound();

  // The data is already here: seed the cache with it so the first paint needs no fetch and no spinner.
  const query = projectDashboardQuery(slug, asOf);
  const queryClient = getQueryClient();
  queryClient.setQueryData(dashboardQueryOptions(query).queryKey, data);
  const path = `/projects/${encodeURIComponent(slug)}`;
  // An earlier day's view is history: it is read, not edited.
  const editing = hasRole(user, "editor") && !asOf;

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      {hasRole(user, "editor") && (
        <p className="page-tools">
          <Link href={`${path}/share`}>Share a read-only link</Link>
        </p>
      )}
      <AsOfControl
        key={`${asOf?.day ?? ""}-${asOf?.mode ?? ""}`}
        asOf={asOf?.day ?? null}
        mode={asOf?.mode ?? "published"}
        today={today}
        error={parsed.ok ? null : parsed.message}
      />
      <AsOfBanner view={data.view} todayHref={path} />
      {/* Viewers get no forms at all; the actions check the role again on every call. */}
      <DashboardView
        queryKey={query.key}
        url={query.url}
        sectionActions={editing ? editorSectionActions(slug) : undefined}
      />
    </HydrationBoundary>
  );
}
