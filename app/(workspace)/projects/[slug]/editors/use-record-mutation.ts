"use client";

import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useAction, type ActionState } from "@/components/forms/use-action";
import { dashboardQueryOptions, projectDashboardQuery } from "@/components/query/dashboard-query";
import type { DashboardData } from "@/db/dashboard-data";
import type { ActionResult } from "@/db/mutations/result";

export type RecordMutation<I, T> = ActionState<I, T>;

/** The dashboard data the forms read (sources to cite, records to edit): the page's own query. */
export function useDashboardData(slug: string): DashboardData {
  return useSuspenseQuery(dashboardQueryOptions(projectDashboardQuery(slug))).data;
}

interface RecordMutationOptions<I, T> {
  slug: string;
  /** A server action of ../actions.ts: what actually changes the record. */
  action: (input: I) => Promise<ActionResult<T>>;
  /** The dashboard as it will look once the change is saved, shown at once while it is. */
  optimistic?: (data: DashboardData, input: I) => DashboardData;
}

/**
 * A record change on a dashboard: the dashboard shows it at once, a refusal rolls it back, and
 * every view of the dashboard refetches when it settles. This is where data refreshes after an
 * edit; otherwise open dashboards poll (DASHBOARD_REFETCH_MS).
 */
export function useRecordMutation<I, T>({ slug, action, optimistic }: RecordMutationOptions<I, T>): RecordMutation<I, T> {
  const queryClient = useQueryClient();
  const { key } = projectDashboardQuery(slug);
  return useAction({
    action,
    before: async (input: I) => {
      // A refetch landing now would overwrite the optimistic change with the old data.
      await queryClient.cancelQueries({ queryKey: key, exact: true });
      const snapshot = queryClient.getQueryData<DashboardData>(key);
      if (snapshot && optimistic) queryClient.setQueryData<DashboardData>(key, optimistic(snapshot, input));
      return snapshot;
    },
    onFailed: (snapshot) => {
      if (snapshot) queryClient.setQueryData(key, snapshot);
    },
    // Not exact: open record histories sit under the dashboard's key and refresh with it.
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
