import { DashboardSkeleton } from "@/components/dashboard/dashboard-skeleton";

/*
 * An earlier day's dashboard (?asOf=) while it is read. In a route group of its own, so the
 * project's other pages (its share links) do not borrow a dashboard's skeleton.
 */
export default function DashboardLoading() {
  return <DashboardSkeleton />;
}
