import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { dashboardQueryOptions } from "@/components/query/dashboard-query";
import { getQueryClient } from "@/components/query/get-query-client";
import type { DashboardData } from "@/db/dashboard-data";
import { sharedDashboardQuery } from "../shared-access";
import { EmbedView } from "./embed-view";
import "@/app/styles/embed.css";

/** Like the full view's: never indexed, never sending its URL onward. */
export function embedMetadata(data: DashboardData | null): Metadata {
  return {
    robots: { index: false, follow: false, nocache: true },
    referrer: "no-referrer",
    title: data ? `${data.project.name} (embedded)` : "Page not found",
  };
}

/** The embed of a share link, for its render (v/[key]) and the dynamic route alike: the data seeds the client's cache. */
export function EmbedPage({ token, data }: { token: string; data: DashboardData }) {
  const query = sharedDashboardQuery(token);
  const queryClient = getQueryClient();
  queryClient.setQueryData(dashboardQueryOptions(query).queryKey, data);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <EmbedView queryKey={query.key} url={query.url} fullHref={`/s/${encodeURIComponent(token)}`} />
    </HydrationBoundary>
  );
}
