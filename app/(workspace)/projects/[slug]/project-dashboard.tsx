import Link from "next/link";
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import { AsOfBanner } from "@/components/dashboard/as-of-banner";
import { AsOfControl } from "@/components/dashboard/as-of-control";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { dashboardQueryOptions, projectDashboardQuery } from "@/components/query/dashboard-query";
import { getQueryClient } from "@/components/query/get-query-client";
import { hasRole, type CurrentUser } from "@/db/auth/session";
import type { AsOf } from "@/db/dashboard/as-of";
import type { DashboardData } from "@/db/dashboard-data";
import { editorSectionActions } from "./editors/section-actions";

interface ProjectDashboardProps {
  user: Pick<CurrentUser, "role">;
  slug: string;
  data: DashboardData;
  today: string;
  asOf: AsOf | null;
  /** Why an asked-for day could not be read, shown at the date control. */
  asOfError?: string | null;
}

/** A project's dashboard in the workspace, for today's render (app/(render)) and an earlier day's (page.tsx) alike. */
export function ProjectDashboard({ user, slug, data, today, asOf, asOfError = null }: ProjectDashboardProps) {
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
        error={asOfError}
      />
      <AsOfBanner view={data.view} todayHref={path} />
      {/* Viewers get no forms at all; the actions check the role again on every call. */}
      <DashboardView queryKey={query.key} url={query.url} sectionActions={editing ? editorSectionActions(slug) : undefined} />
    </HydrationBoundary>
  );
}
