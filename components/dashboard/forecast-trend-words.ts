/* The words of the forecast trend chart: one place for the mark's name, tooltip and table. */
import type { TrendRole } from "@/db/domain/forecast-trend";

export const TREND_TITLE = "Completion forecasts over time";

export const TREND_ROLE_WORDS: Record<TrendRole, string> = {
  "baseline-current": "Original and current plan",
  baseline: "Original plan (baseline)",
  current: "Current plan",
  superseded: "Accepted; a later claim replaced it",
  "not-accepted": "Not accepted: counts for no plan",
  "no-window": "Not drawn until its window can be computed",
};

interface Named {
  claimedText: string;
  completionText?: string;
  derived: boolean;
  arithmetic: string | null;
  accepted: boolean;
  role: TrendRole;
}

/** "Claim made Jun 2025 by Example Wire: completion Jun 2028 (derived: … = Jun 2028), current plan" */
export function trendMarkLabel(mark: Named, outlet: string): string {
  const completion = mark.completionText ?? "not computable yet";
  const how = mark.derived && mark.arithmetic ? ` (derived: ${mark.arithmetic})` : "";
  const role = mark.role === "superseded" ? "" : `, ${TREND_ROLE_WORDS[mark.role].toLowerCase()}`;
  return `Claim made ${mark.claimedText} by ${outlet}: completion ${completion}${how}${role}`;
}
