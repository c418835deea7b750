/*
 * Turns the dashboard into what the progress chart draws. The x axis is integer day numbers
 * (dayNumber), so a calendar day is never parsed as a local-time instant.
 *
 * Every plan is drawn when the plan moved: the original plan (the baseline) faint and dashed,
 * the plans claimed between it and the current one fainter still, the current plan in full, so a
 * later claim never silently replaces the ones it moved from and each report can be read against
 * the plan in force when it was observed.
 */
import type { DashboardData, PlannedBand } from "@/db/dashboard-data";
import { dayNumber } from "@/db/domain/calendar-day";
import { formatFuzzyDate } from "@/db/domain/fuzzy-date";
import { planHistory } from "@/db/domain/plan-history";
import { plannedPercentOn, plannedSeries } from "@/db/domain/planned-curve";
import {
  aggregatedMarks,
  eventMarks,
  milestoneMarks,
  reportMarks,
  type EventChartMark,
  type EvidenceStripMark,
  type MilestoneChartMark,
  type ReportChartPoint,
} from "./chart-marks";
import type { WindowFacts } from "./chart-window";
import { bandStart } from "./claim-wording";
import { reportGapJudge } from "./report-gaps";
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
  /** Superseded plans, in claim order, as in ChartModel.superseded. */
  past?: ([number, number] | undefined)[];
  pastMid?: (number | undefined)[];
}

export interface ChartPlan {
  /** "Current plan (Q4 2026)", "Original plan (mid-2026)" or "Plan (mid-2026)" */
  label: string;
  window: { x1: number; x2: number };
}

export interface ChartModel {
  planned: PlannedChartPoint[];
  /** The plan drawn in full, and the original plan when the plan moved. */
  plan: ChartPlan | null;
  basePlan: ChartPlan | null;
  /** Accepted plans claimed between the original and the current one, with a window of their own. */
  superseded: ChartPlan[];
  today: number;
  reports: ReportChartPoint[];
  /** Part and qualitative reports: never on the whole project's % axis. */
  evidence: EvidenceStripMark[];
  /** How many reports the strip's marks stand for. */
  evidenceCount: number;
  milestones: MilestoneChartMark[];
  events: EventChartMark[];
  /** What the time window is chosen from (chart-window.ts). */
  window: WindowFacts;
  /** Set when the marks are aggregated (a large project): how many records, in how many marks. */
  aggregation: ChartAggregation | null;
}

export interface ChartAggregation {
  columns: number;
  reports: { records: number; marks: number };
  events: { records: number; marks: number };
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

const sameWindow = (a: { earliest: string; latest: string }, b: { earliest: string; latest: string }) =>
  a.earliest === b.earliest && a.latest === b.latest;

/** Plans between the baseline and the current one, each drawn from the same start as theirs; one whose window repeats a drawn plan's adds nothing. */
export function supersededBands(data: DashboardData, drawn: readonly PlannedBand[]): PlannedBand[] {
  const start = bandStart(data);
  if (!start || drawn.length === 0) return [];
  const bands: PlannedBand[] = [];
  for (const { id, window } of planHistory(data.forecasts).plans.slice(1, -1)) {
    if (!window || [...drawn, ...bands].some((b) => sameWindow(b.window, window))) continue;
    const to = [window.latest, data.today, start].sort().at(-1)!;
    bands.push({ forecastId: id, start, window, series: plannedSeries({ start, window, from: start, to }) });
  }
  return bands;
}

/** Every band on one set of days: every day any series has, each band evaluated on it. */
function plannedPoints(main: PlannedBand | null, base: PlannedBand | null, past: readonly PlannedBand[]): PlannedChartPoint[] {
  const series = [main, base, ...past].flatMap((b) => b?.series ?? []);
  const days = [...new Set(series.map((p) => p.date))].sort();
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
    if (past.length > 0) {
      const points = past.map((b) => plannedPercentOn(day, b.start, b.window));
      point.past = points.map((p): [number, number] => [p.low, p.high]);
      point.pastMid = points.map((p) => p.mid);
    }
    return point;
  });
}

/** The announcement's day, else construction start's, else the earliest plan claim's. */
function projectStartOf(data: DashboardData): number | null {
  const milestone = (kind: string) => data.milestones.find((m) => m.kind === kind && (m.actual || m.planned));
  const day =
    [milestone("announcement"), milestone("construction_start")].map((m) => (m?.actual ?? m?.planned)?.earliest).find(Boolean) ??
    planHistory(data.forecasts).plans.map((p) => p.claimed.earliest).sort()[0];
  return day ? dayNumber(day) : null;
}

export function buildChartModel(data: DashboardData, sources: SourceIndex): ChartModel {
  const today = dayNumber(data.today);
  const { main, base } = bandsOf(data);
  const past = supersededBands(data, [main, base].filter((b) => b !== null));
  const planned = plannedPoints(main, base, past);
  const plan = main && chartPlan(main, base ? "Current plan" : "Plan");
  const basePlan = base && chartPlan(base, "Original plan");
  const superseded = past.map((b) => chartPlan(b, "Superseded plan"));
  const chart = data.paged?.chart;
  const aggregated = chart ? aggregatedMarks(chart, sources, reportGapJudge(data)) : null;
  const { points: reports, strip: evidence } = aggregated ?? reportMarks(data, sources);
  const milestones = milestoneMarks(data, sources);
  const events = aggregated?.events ?? eventMarks(data, sources);
  const aggregation: ChartAggregation | null = chart
    ? {
        columns: chart.columns,
        reports: { records: chart.figures.total + chart.evidence.total, marks: chart.figures.marks.length + chart.evidence.marks.length },
        events: { records: chart.events.total, marks: chart.events.marks.length },
      }
    : null;
  const plans = [plan, basePlan, ...superseded].filter((p) => p !== null);

  const xs = [
    today,
    ...planned.map((p) => p.x),
    ...plans.flatMap((p) => [p.window.x1, p.window.x2]),
    ...reports.flatMap((r) => [r.x - r.xError[0], r.x + r.xError[1]]),
    ...[...evidence, ...milestones, ...events].flatMap((m) => [m.x1, m.x2]),
  ];
  const window: WindowFacts = {
    today,
    projectStart: projectStartOf(data),
    currentEnd: plan?.window.x2 ?? null,
    planWindows: plans.map((p) => p.window),
    extent: [Math.min(...xs), Math.max(...xs)],
  };
  const evidenceCount = chart ? chart.evidence.total : evidence.length;
  return { planned, plan, basePlan, superseded, today, reports, evidence, evidenceCount, milestones, events, window, aggregation };
}
