/*
 * Turns the dashboard into what the progress chart draws. The x axis is integer day numbers
 * (dayNumber), so a calendar day is never parsed as a local-time instant.
 */
import type { DashboardData, FuzzyDateData } from "@/db/dashboard-data";
import { dayNumber, formatFuzzyDate, formatWindow, fromDayNumber, isExact, midpoint } from "@/db/domain/fuzzy-date";
import { plannedPercentOn } from "@/db/domain/planned-curve";
import { outletOf, type SourceIndex } from "./source-index";
import type { Confidence, EventCategory, SourceKind } from "@/db/records/vocabulary";

export interface PlannedChartPoint {
  x: number;
  /** [low, high]: recharts draws an Area whose value is a pair as a band between them. */
  band: [number, number];
  mid: number;
}

export interface ReportChartPoint {
  id: string;
  x: number;
  y: number;
  /** Distance in days to the earliest and latest day the observation date can mean. */
  xError: [number, number];
  vague: boolean;
  percent: number;
  dateText: string;
  dateWindow: string;
  outlet: string;
  kind: SourceKind;
  confidence: Confidence;
  summary: string;
}

export interface EventChartMark {
  id: string;
  x1: number;
  x2: number;
  vague: boolean;
  title: string;
  dateText: string;
  dateWindow: string;
  outlet: string;
  category: EventCategory;
}

export interface ChartModel {
  domain: [number, number];
  ticks: number[];
  planned: PlannedChartPoint[];
  window: { x1: number; x2: number } | null;
  today: number;
  reports: ReportChartPoint[];
  /** Reports without a % (qualitative) cannot sit on the y axis; the data table lists them. */
  qualitativeCount: number;
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

const describeDate = (d: FuzzyDateData) => ({ dateText: formatFuzzyDate(d), dateWindow: formatWindow(d) });

export function buildChartModel(data: DashboardData, sources: SourceIndex): ChartModel {
  const today = dayNumber(data.today);
  const plan = data.planned;

  const planned: PlannedChartPoint[] = (plan?.series ?? []).map((p) => ({
    x: dayNumber(p.date),
    band: [p.low, p.high],
    mid: p.mid,
  }));
  // Carry the plan on to today, so the gap between plan and report shows where the reader looks.
  const lastPlanned = planned.at(-1);
  if (plan && lastPlanned && lastPlanned.x < today) {
    const p = plannedPercentOn(data.today, plan.start, plan.window);
    planned.push({ x: today, band: [p.low, p.high], mid: p.mid });
  }

  const reports: ReportChartPoint[] = data.reports.flatMap((r) => {
    if (r.percent === null) return [];
    const x = dayNumber(midpoint(r.observed));
    return [
      {
        id: r.id,
        x,
        y: r.percent,
        xError: [x - dayNumber(r.observed.earliest), dayNumber(r.observed.latest) - x],
        vague: !isExact(r.observed),
        percent: r.percent,
        ...describeDate(r.observed),
        outlet: outletOf(sources, r.sourceId),
        kind: r.evidenceKind,
        confidence: r.confidence,
        summary: r.summary,
      },
    ];
  });

  const events: EventChartMark[] = data.events.map((e) => ({
    id: e.id,
    x1: dayNumber(e.date.earliest),
    x2: dayNumber(e.date.latest),
    vague: !isExact(e.date),
    title: e.title,
    ...describeDate(e.date),
    outlet: outletOf(sources, e.sourceId),
    category: e.category,
  }));

  const window = plan ? { x1: dayNumber(plan.window.earliest), x2: dayNumber(plan.window.latest) } : null;
  const xs = [
    today,
    ...planned.map((p) => p.x),
    ...(window ? [window.x1, window.x2] : []),
    ...reports.flatMap((r) => [r.x - r.xError[0], r.x + r.xError[1]]),
    ...events.flatMap((e) => [e.x1, e.x2]),
  ];
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  const pad = Math.max(MIN_PAD_DAYS, Math.round((max - min) * 0.03));
  const domain: [number, number] = [min - pad, max + pad];

  return {
    domain,
    ticks: yearTicks(domain[0], domain[1]),
    planned,
    window,
    today,
    reports,
    qualitativeCount: data.reports.length - reports.length,
    events,
  };
}
