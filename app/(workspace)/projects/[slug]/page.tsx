import Link from "next/link";
import { getDb } from "@/db/client";
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { dashboardQueryOptions, projectDashboardQuery } from "@/components/query/dashboard-query";
import { getQueryClient } from "@/components/query/get-query-client";
import { hasRole, requireUser } from "@/db/auth/session";
import { getDashboard } from "@/db/queries/dashboard";
import { todayIso } from "@/db/domain/today";
import { editorSectionActions } from "./editors/section-actions";

interface ProjectPageProps {
  params: Promise<{ slug: string }>;
}

// Metadata and page share one read per request.
const loadDashboard = cache(async (slug: string) => getDashboard(await getDb(), { slug, today: todayIso(), audience: "workspace" }));

export async function generateMetadata({ params }: ProjectPageProps): Promise<Metadata> {
  await requireUser();
  const data = await loadDashboard((await params).slug);
  return { title: data?.project.name ?? "Page not found" };
}

export default async function ProjectPage({ params }: ProjectPageProps) {
  const user = await requireUser();
  const { slug } = await params;
  const data = await loadDashboard(slug);
  if (!data) notFound();

  // The data is already here: seed the cache with it so the first paint needs no fetch and no spinner.
  const query = projectDashboardQuery(slug);
  const queryClient = getQueryClient();
  queryClient.setQueryData(dashboardQueryOptions(query).queryKey, data);

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      {hasRole(user, "editor") && (
        <p className="page-tools">
          <Link href={`/projects/${encodeURIComponent(slug)}/share`}>Share a read-only link</Link>
        </p>
      )}
      {/* Viewers get no forms at all; the actions check the role again on every call. */}
      <DashboardView
        queryKey={query.key}
        url={query.url}
        sectionActions={hasRole(user, "editor") ? editorSectionActions(slug) : undefined}
      />
    </HydrationBoundary>
  );
}
