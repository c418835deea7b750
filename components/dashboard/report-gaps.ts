/*
 * A whole-project figure against a plan: the plan's band over every day the observation can
 * mean (its low edge on the first day, its high edge on the last), so a vague observation date
 * widens the gap instead of being pinned to a day. Judged against the plan in force when it was
 * observed (db/domain/plan-history.ts), and against the current plan, never only the latest.
 */
import type { DashboardData, ForecastData, ProgressReportData } from "@/db/dashboard-data";
import { formatFuzzyDate } from "@/db/domain/fuzzy-date";
import { planHistory, planInForce, type PlanHistory } from "@/db/domain/plan-history";
import { plannedPercentOn } from "@/db/domain/planned-curve";
import { bandStart } from "./claim-wording";

interface Window {
  earliest: string;
  latest: string;
}

export interface PlanGap {
  forecastId: string;
  /** "mid-2026" */
  planText: string;
  /** when the plan was claimed, in its own wording */
  claimedText: string;
  planned: { low: number; high: number };
  gap: { low: number; high: number };
}

export interface ReportGaps {
  /** Against the plan in force when the report was observed. */
  then: PlanGap | null;
  /** Against the current plan; null when it is the plan in force then (then says it). */
  current: PlanGap | null;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The plan's band across an observation window; the curve only rises, so its edges bound it. */
export function plannedOver(observed: Window, start: string, window: Window): { low: number; high: number } {
  return {
    low: plannedPercentOn(observed.earliest, start, window).low,
    high: plannedPercentOn(observed.latest, start, window).high,
  };
}

function gapAgainst(figure: number, observed: Window, start: string, plan: ForecastData): PlanGap | null {
  if (!plan.window) return null;
  const planned = plannedOver(observed, start, plan.window);
  return {
    forecastId: plan.id,
    planText: formatFuzzyDate(plan.window),
    claimedText: formatFuzzyDate(plan.claimed),
    planned,
    gap: { low: round(figure - planned.high), high: round(figure - planned.low) },
  };
}

/** What a report's gaps are judged from: its figure, whether it is the whole project's, and when it was observed. */
export type JudgedReport = Pick<ProgressReportData, "figure" | "scope" | "observed">;

/** A reusable judge for one dashboard's reports: the plan history is built once. */
export function reportGapJudge(data: Pick<DashboardData, "forecasts" | "plans" | "planned">) {
  const history: PlanHistory<ForecastData> = planHistory(data.forecasts);
  const start = bandStart(data);
  const current = data.plans.current;
  return (r: JudgedReport): ReportGaps => {
    if (r.figure === null || r.scope !== null || !start) return { then: null, current: null };
    const inForce = planInForce(history, r.observed);
    const then = inForce && gapAgainst(r.figure, r.observed, start, inForce);
    const now = current && current.id !== inForce?.id ? gapAgainst(r.figure, r.observed, start, current) : null;
    return { then, current: now };
  };
}
