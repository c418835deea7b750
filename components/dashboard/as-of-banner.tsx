import { IntentLink } from "@/components/intent-link";
import type { DashboardData } from "@/db/dashboard-data";
import { formatDay } from "@/db/domain/date-wording";

/** Says plainly which day an as-of view shows, with the way back; nothing on today's view. */
export function AsOfBanner({ view, todayHref }: { view: DashboardData["view"]; todayHref: string }) {
  if (!view.asOf) return null;
  const day = formatDay(view.asOf);
  return (
    <p className="as-of-banner conflict" role="status">
      <span>
        {view.mode === "recorded"
          ? `Showing what Bridgewatch had recorded by the end of ${day} (UTC)`
          : `Showing what had been published by ${day}`}
        {" — "}
        <IntentLink href={todayHref}>Back to today</IntentLink>
      </span>
    </p>
  );
}
