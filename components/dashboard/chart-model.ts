/*
 * Turns the dashboard into what the progress chart draws. The x axis is integer day numbers
 * (dayNumber), so a calendar day is never parsed as a local-time instant.
 *
 * Both plans are drawn when the plan moved: the original plan (the baseline) faint and dashed,
 * the current plan in full, so a later claim never silently replaces the one it moved from.
 */
import type { DashboardData, PlannedBand } from "@/db/dashboard-data";
import { dayNumber, formatFuzzyDate, fromDayNumber } from "@/db/domain/fuzzy-date";
import { plannedPercentOn } from "@/db/domain/planned-curve";
import {
  eventMarks,
  milestoneMarks,
  reportMarks,
  type EventChartMark,
  type EvidenceStripMark,
  type MilestoneChartMark,
  type ReportChartPoint,
} from "./chart-marks";
import type { SourceIndex } from "./source-index";

export type { EventChartMark, EvidenceStripMark, MilestoneChartMark, ReportChartPoint } from "./chart-marks";

export interface PlannedChartPoint {
  x: number;
  /** The plan drawn in full (current, or the only one): [low, high] draws as a band. */
  band?: [number, number];
  mid?: number;
  /** The original plan, when the plan moved. */
  baseBand?: [number, number];
  baseMid?: number;
}

export interface ChartPlan {
  /** "Current plan (Q4 2026)", "Original plan (mid-2026)" or "Plan (mid-2026)" */
  label: string;
  window: { x1: number; x2: number };
}

export interface ChartModel {
  domain: [number, number];
  ticks: number[];
  planned: PlannedChartPoint[];
  /** The plan drawn in full, and the original plan when the plan moved. */
  plan: ChartPlan | null;
  basePlan: ChartPlan | null;
  today: number;
  reports: ReportChartPoint[];
  /** Part and qualitative reports: never on the whole project's % axis. */
  evidence: EvidenceStripMark[];
  milestones: MilestoneChartMark[];
  events: EventChartMark[];
}

const MIN_PAD_DAYS = 30;

function yearTicks(first: number, last: number): number[] {
  const fromYear = Number(fromDayNumber(first).slice(0, 4));
  const toYear = Number(fromDayNumber(last).slice(0, 4));
  const spanYears = (last - first) / 365;
  const months = spanYears > 4 ? [1] : spanYears > 1.5 ? [1, 7] : [1, 4, 7, 10];
  const ticks: number[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    for (const m of months) {
      const n = dayNumber(`${y}-${String(m).padStart(2, "0")}-01`);
      if (n >= first && n <= last) ticks.push(n);
    }
  }
  return ticks;
}

const chartPlan = (band: PlannedBand, label: string): ChartPlan => ({
  label: `${label} (${formatFuzzyDate(band.window)})`,
  window: { x1: dayNumber(band.window.earliest), x2: dayNumber(band.window.latest) },
});

/** The bands to draw: the current one in full and the baseline faint when their windows differ. */
export function bandsOf(data: DashboardData): { main: PlannedBand | null; base: PlannedBand | null } {
  const { baseline, current } = data.planned;
  if (current && baseline && data.status.planMoved) return { main: current, base: baseline };
  return { main: current ?? baseline, base: null };
}

/** Both bands on one set of days: every day either series has, each band evaluated on it. */
function plannedPoints(main: PlannedBand | null, base: PlannedBand | null): PlannedChartPoint[] {
  const days = [...new Set([...(main?.series ?? []), ...(base?.series ?? [])].map((p) => p.date))].sort();
  return days.map((day) => {
    const point: PlannedChartPoint = { x: dayNumber(day) };
    if (main) {
      const p = plannedPercentOn(day, main.start, main.window);
      point.band = [p.low, p.high];
      point.mid = p.mid;
    }
    if (base) {
      const p = plannedPercentOn(day, base.start, base.window);
      point.baseBand = [p.low, p.high];
      point.baseMid = p.mid;
    }
    return point;
  });
}

export function buildChartModel(data: DashboardData, sources: SourceIndex): ChartModel {
  const today = dayNumber(data.today);
  const { main, base } = bandsOf(data);
  const planned = plannedPoints(main, base);
  const plan = main && chartPlan(main, base ? "Current plan" : "Plan");
  const basePlan = base && chartPlan(base, "Original plan");
  const { points: reports, strip: evidence } = reportMarks(data, sources);
  const milestones = milestoneMarks(data, sources);
  const events = eventMarks(data, sources);

  const xs = [
    today,
    ...planned.map((p) => p.x),
    ...[plan, basePlan].flatMap((p) => (p ? [p.window.x1, p.window.x2] : [])),
    ...reports.flatMap((r) => [r.x - r.xError[0], r.x + r.xError[1]]),
    ...[...evidence, ...milestones, ...events].flatMap((m) => [m.x1, m.x2]),
  ];
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  const pad = Math.max(MIN_PAD_DAYS, Math.round((max - min) * 0.03));
  const domain: [number, number] = [min - pad, max + pad];

  return { domain, ticks: yearTicks(domain[0], domain[1]), planned, plan, basePlan, today, reports, evidence, milestones, events };
}
