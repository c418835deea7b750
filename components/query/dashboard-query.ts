import { queryOptions } from "@tanstack/react-query";
import { asOfSearch, type AsOf } from "@/db/dashboard/as-of";
import type { DashboardData } from "@/db/dashboard-data";

/*
 * How data refreshes, one rule for the whole app: a change refreshes what it touched, from the
 * code that made it; and only what others may change while you look at it polls.
 * - Dashboards (workspace and shared) show this query's data. After an editor's own change the
 *   mutation invalidates it (editors/use-record-mutation.ts); others' changes arrive by polling.
 * - Server-rendered pages (users, share links) are re-rendered by their action's revalidatePath.
 */

/** Open dashboards poll this often, so a change made elsewhere shows within two intervals. */
export const DASHBOARD_REFETCH_MS = 15_000;

export type DashboardQueryKey = readonly string[];

export class DashboardFetchError extends Error {
  constructor(readonly status: number) {
    super(status === 404 ? "This dashboard no longer exists." : `Could not load the dashboard (HTTP ${status}).`);
    this.name = "DashboardFetchError";
  }
}

/**
 * One set of options for every view of a dashboard. The key and the GET route are parameters
 * because the workspace page and a share link read the same shape from different routes.
 */
export function dashboardQueryOptions({ key, url }: { key: DashboardQueryKey; url: string }) {
  return queryOptions({
    queryKey: key,
    queryFn: async ({ signal }): Promise<DashboardData> => {
      const response = await fetch(url, { signal, cache: "no-store", headers: { accept: "application/json" } });
      if (!response.ok) throw new DashboardFetchError(response.status);
      return (await response.json()) as DashboardData;
    },
    refetchInterval: DASHBOARD_REFETCH_MS,
    // The next poll is the retry: retrying with backoff would hold a failure back for ~20 s
    // before the dashboard could say so (refresh-status.tsx says it after one failed poll).
    retry: false,
    refetchOnWindowFocus: true,
  });
}

/** The part of a dashboard's key that tells an earlier day's view from today's (and from each other). */
export function asOfKey(asOf: AsOf | null | undefined): string[] {
  return asOf ? ["asOf", asOf.day, asOf.mode] : [];
}

/** Where the workspace dashboard of a project lives in the cache and on the API; `asOf` for an earlier day's view. */
export function projectDashboardQuery(slug: string, asOf?: AsOf | null): { key: DashboardQueryKey; url: string } {
  return {
    key: ["dashboard", "project", slug, ...asOfKey(asOf)],
    url: `/api/projects/${encodeURIComponent(slug)}${asOfSearch(asOf ?? null)}`,
  };
}
