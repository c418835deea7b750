import { DashboardSkeleton } from "@/components/dashboard/dashboard-skeleton";

/*
 * Today's dashboard while its first render for a key is made. A loading boundary is only a
 * Suspense boundary: it reads nothing of the request, so the render stays an ISR page, and a
 * render answered from the cache arrives whole, never showing this.
 */
export default function DashboardRenderLoading() {
  return <DashboardSkeleton />;
}
