import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { AsOfBanner } from "@/components/dashboard/as-of-banner";
import { AsOfControl } from "@/components/dashboard/as-of-control";
import { DashboardView, type DashboardViewProps } from "@/components/dashboard/dashboard-view";
import { NoScriptNotice } from "@/components/dashboard/no-script-notice";
import { dashboardQueryOptions, type DashboardQueryKey } from "@/components/query/dashboard-query";
import { getQueryClient } from "@/components/query/get-query-client";
import { asOfSearch, type AsOf } from "@/db/dashboard/as-of";
import type { DashboardData } from "@/db/dashboard-data";

/** The day a dashboard page shows and what was read for it, as its route hands them on. */
export interface DashboardDay {
  data: DashboardData;
  today: string;
  asOf: AsOf | null;
  /** Why an asked-for day could not be read, shown at the date control. */
  asOfError?: string | null;
}

interface DashboardPageProps extends DashboardDay {
  /** Where the view reads and polls its data: the workspace API or a share link's route. */
  query: { key: DashboardQueryKey; url: string };
  /** Today's view of this page (`/projects/<slug>`, `/s/<token>`): the as-of banner's way back, and where the record's files are. */
  todayHref: string;
  /** What stands above the date control: the share tools, or the shared view's note. */
  intro: ReactNode;
  sectionActions?: DashboardViewProps["sectionActions"];
}

/**
 * A dashboard page, in the workspace and behind a share link alike: the data already read on
 * the server seeds the client's cache (the first paint needs no fetch and no spinner), then the
 * date control, the banner of an earlier day, and the view.
 */
export function DashboardPage({ query, data, today, asOf, asOfError = null, todayHref, intro, sectionActions }: DashboardPageProps) {
  const queryClient = getQueryClient();
  queryClient.setQueryData(dashboardQueryOptions(query).queryKey, data);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      {intro}
      <NoScriptNotice basePath={todayHref} search={asOfSearch(asOf)} />
      <AsOfControl
        key={`${asOf?.day ?? ""}-${asOf?.mode ?? ""}`}
        asOf={asOf?.day ?? null}
        mode={asOf?.mode ?? "published"}
        today={today}
        error={asOfError}
      />
      <AsOfBanner view={data.view} todayHref={todayHref} />
      <DashboardView queryKey={query.key} url={query.url} sectionActions={sectionActions} />
    </HydrationBoundary>
  );
}
