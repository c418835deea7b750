import { DashboardSkeleton } from "@/components/dashboard/dashboard-skeleton";

/*
 * A shared dashboard while it is read: the dynamic view (?asOf=) and the first render of a
 * key (v/[key]) alike. It reads nothing of the request, so the render stays an ISR page.
 */
export default function SharedViewLoading() {
  return <DashboardSkeleton />;
}
