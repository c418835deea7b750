/*
 * Words for claims, shared by the header, the chart, the tables and the share card: nothing is
 * written more certain than its source. Vague dates keep their own wording or their window
 * ("mid-2026", "May – Aug 2026"), never an invented day; a moved plan is a range of days.
 */
import type { DashboardData, ForecastData, ProgressReportData } from "@/db/dashboard-data";
import { formatFuzzyDate, isExact } from "@/db/domain/fuzzy-date";
import { formatAgeDays } from "@/components/format";

/** "later by 31–244 days", "earlier by 30 days", or both ways when the windows overlap. */
export function movedWords({ minDays, maxDays }: { minDays: number; maxDays: number }): string {
  const days = (a: number, b: number) => (a === b ? `${a} ${a === 1 ? "day" : "days"}` : `${a}–${b} days`);
  if (minDays >= 0 && maxDays >= 0) return minDays === 0 && maxDays === 0 ? "not at all" : `later by ${days(minDays, maxDays)}`;
  if (minDays <= 0 && maxDays <= 0) return `earlier by ${days(-maxDays, -minDays)}`;
  return `anywhere from ${days(-minDays, -minDays)} earlier to ${days(maxDays, maxDays)} later (the two windows overlap)`;
}

/**
 * An age counted from the first day a date can mean: "12 days ago" for an exact day, "up to
 * 40 days ago" for a vague one, since it may be younger but is never older.
 */
export function ageWords(days: number, date: { earliest: string; latest: string }): string {
  if (isExact(date) || days <= 0) return formatAgeDays(days);
  return `up to ${formatAgeDays(days)}`;
}

/** "30%", "30% (90 m of 300 m = 30%)" or "Qualitative (no %)". */
export function figureWords(r: Pick<ProgressReportData, "figure" | "arithmetic">): string {
  if (r.figure === null) return "Qualitative (no %)";
  return r.arithmetic ? `${r.figure}% (${r.arithmetic})` : `${r.figure}%`;
}

/** What the shown plans are: the baseline, the current plan when it is another claim, and whether its window moved. */
export interface ShownPlans {
  baseline: ForecastData | null;
  /** The current plan when it is another claim than the baseline. */
  current: ForecastData | null;
  /** The current plan, whichever it is: the baseline while there is only one. */
  inForce: ForecastData | null;
  /** The windows differ. */
  moved: boolean;
}

export function shownPlans(data: Pick<DashboardData, "plans" | "status">): ShownPlans {
  const { baseline, current } = data.plans;
  const other = current && baseline && current.id !== baseline.id ? current : null;
  return { baseline, current: other, inForce: current ?? baseline, moved: data.status.planMoved };
}

/** Construction start, as the planned bands start from it (its first possible day). */
export function bandStart(data: Pick<DashboardData, "planned">): string | null {
  return data.planned.baseline?.start ?? data.planned.current?.start ?? null;
}

/** "Current plan: Q4 2026 (original plan: mid-2026)", "Plan: mid-2026" or "No plan recorded": a moved plan always names the original. */
export function planLine(data: Pick<DashboardData, "plans" | "status">): string {
  const { baseline, inForce } = shownPlans(data);
  const words = (f: ForecastData | null) => (f?.window ? formatFuzzyDate(f.window) : "not computable yet");
  if (!inForce) return "No plan recorded";
  if (data.status.planMoved && baseline) return `Current plan: ${words(inForce)} (original plan: ${words(baseline)})`;
  return `Plan: ${words(inForce)}`;
}
