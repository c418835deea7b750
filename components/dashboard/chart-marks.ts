/*
 * The marks the progress chart draws, from the dashboard's records. Only a whole-project report
 * with a figure sits on the % axis; a part's figure and a qualitative report sit in their own
 * strip, so a part never stands in for the whole. Every date keeps its wording and its window.
 */
import type { AggregatedChart, ColumnMark, DashboardData, FigureColumn, FuzzyDateData, MilestoneData, ProgressReportData } from "@/db/dashboard-data";
import { milestoneName } from "@/db/dashboard/analysis";
import { formatFuzzyWithWindow } from "@/db/domain/date-wording";
import { dayNumber, fromDayNumber } from "@/db/domain/calendar-day";
import { formatFuzzyDate, formatWindow, isExact, midpoint } from "@/db/domain/fuzzy-date";
import { formatSlippage } from "@/components/format";
import type { Confidence, EventCategory, MilestoneKind, SourceKind } from "@/db/records/vocabulary";
import { reportGapJudge, type JudgedReport, type ReportGaps } from "./report-gaps";
import { outletOf, type SourceIndex } from "./source-index";

/** A mark on a strip above the plot: across every day its date can mean. */
export interface StripSpan {
  id: string;
  x1: number;
  x2: number;
  vague: boolean;
  dateText: string;
  dateWindow: string;
}

export interface ReportDetails {
  id: string;
  figure: number | null;
  arithmetic: string | null;
  /** The part measured; null for the whole project. */
  scope: string | null;
  published: string | null;
  outlet: string;
  kind: SourceKind;
  confidence: Confidence;
  summary: string;
  dateText: string;
  dateWindow: string;
  gaps: ReportGaps;
  /** Set on a mark that stands for several reports of one column (db/dashboard/chart-columns.ts). */
  aggregate: { count: number; low: number | null; high: number | null } | null;
}

/** A whole-project figure on the % axis, its mark at the middle of its observation window. */
export interface ReportChartPoint extends ReportDetails {
  x: number;
  y: number;
  /** Distance in days to the earliest and latest day the observation date can mean. */
  xError: [number, number];
  vague: boolean;
}

/** A part's figure or a qualitative report, in the reports strip. */
export type EvidenceStripMark = ReportDetails & StripSpan;

export interface EventChartMark extends StripSpan {
  title: string;
  outlet: string;
  category: EventCategory;
  /** How many events the mark stands for: more than one when aggregated. */
  count: number;
}

export interface MilestoneChartMark extends StripSpan {
  label: string;
  kind: MilestoneKind;
  planned: string | null;
  slippage: string | null;
  sources: string;
}

export const describeDate = (d: FuzzyDateData) => ({ dateText: formatFuzzyDate(d), dateWindow: formatWindow(d) });

const spanOf = (id: string, d: FuzzyDateData): StripSpan => ({
  id,
  x1: dayNumber(d.earliest),
  x2: dayNumber(d.latest),
  vague: !isExact(d),
  ...describeDate(d),
});

/** Whether a report's figure belongs on the whole project's % axis. */
export const onPercentAxis = (r: ProgressReportData) => r.scope === null && r.figure !== null;

export function reportMarks(data: DashboardData, sources: SourceIndex) {
  const judge = reportGapJudge(data);
  const details = (r: ProgressReportData): ReportDetails => ({
    id: r.id,
    figure: r.figure,
    arithmetic: r.arithmetic,
    scope: r.scope,
    published: r.published && formatFuzzyWithWindow(r.published),
    outlet: outletOf(sources, r.sourceId),
    kind: r.evidenceKind,
    confidence: r.confidence,
    summary: r.summary,
    ...describeDate(r.observed),
    gaps: judge(r),
    aggregate: null,
  });
  const points: ReportChartPoint[] = [];
  const strip: EvidenceStripMark[] = [];
  for (const r of data.reports) {
    if (!onPercentAxis(r)) {
      strip.push({ ...details(r), ...spanOf(r.id, r.observed) });
      continue;
    }
    const x = dayNumber(midpoint(r.observed));
    points.push({
      ...details(r),
      x,
      y: r.figure!,
      xError: [x - dayNumber(r.observed.earliest), dayNumber(r.observed.latest) - x],
      vague: !isExact(r.observed),
    });
  }
  return { points, strip };
}

export const eventMarks = (data: DashboardData, sources: SourceIndex): EventChartMark[] =>
  data.events.map((e) => ({
    ...spanOf(e.id, e.date),
    title: e.title,
    outlet: outletOf(sources, e.sourceId),
    category: e.category,
    count: 1,
  }));

/** A milestone in the words the chart and its table name it by: a structural stage by its label. */
export const milestoneLabel = (m: MilestoneData) => (m.kind === "structural" ? milestoneName(m) : m.title);

/** Milestones reached: those with an actual date, drawn across every day it can mean. */
export const milestoneMarks = (data: DashboardData, sources: SourceIndex): MilestoneChartMark[] =>
  data.milestones.flatMap((m) =>
    m.actual
      ? [
          {
            ...spanOf(m.id, m.actual),
            label: milestoneLabel(m),
            kind: m.kind,
            planned: m.planned && formatFuzzyWithWindow(m.planned),
            slippage: m.slippage && formatSlippage(m.slippage),
            sources: m.sourceIds.map((id) => outletOf(sources, id)).join(", "),
          },
        ]
      : [],
  );

const NO_GAPS: ReportGaps = { then: null, current: null };
const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** A column's days in words: the window from its first possible day to its last. */
function columnDate(m: ColumnMark) {
  return describeDate({ earliest: fromDayNumber(m.x1), latest: fromDayNumber(m.x2), text: "" });
}

/**
 * A large project's chart (DashboardData.paged): one mark per column per series, each saying
 * how many records it stands for. A figure mark sits at the column's median with its whisker
 * from the lowest to the highest figure, so no outlier is averaged away.
 */
export function aggregatedMarks(chart: AggregatedChart, sources: SourceIndex, judge: (r: JudgedReport) => ReportGaps) {
  // A column of one report is that report: its source, and its gaps against the plans.
  const outlet = (m: ColumnMark) => (m.single ? outletOf(sources, m.single.sourceId) : plural(m.count, "report", "reports"));
  const gapsOf = (m: FigureColumn) =>
    m.single ? judge({ figure: m.median, scope: null, observed: { earliest: fromDayNumber(m.x1), latest: fromDayNumber(m.x2), text: "" } }) : NO_GAPS;
  const points: ReportChartPoint[] = chart.figures.marks.map((m) => ({
    id: `figures-${m.column}`,
    figure: m.median,
    arithmetic: m.count > 1 ? `median of ${m.count} reports; lowest ${m.low}%, highest ${m.high}%` : null,
    scope: null,
    published: null,
    outlet: outlet(m),
    kind: m.kind,
    confidence: m.confidence,
    summary: m.count > 1 ? `Aggregated: ${plural(m.count, "report", "reports")} in this column of the chart, each listed in the reports table.` : "Listed in the reports table.",
    ...columnDate(m),
    gaps: gapsOf(m),
    aggregate: { count: m.count, low: m.low, high: m.high },
    x: m.x,
    y: m.median,
    xError: [m.x - m.x1, m.x2 - m.x],
    vague: m.x1 !== m.x2,
  }));
  const strip: EvidenceStripMark[] = chart.evidence.marks.map((m) => ({
    id: `evidence-${m.column}`,
    figure: null,
    arithmetic: null,
    scope: m.scopes.length > 0 ? m.scopes.join(", ") : null,
    published: null,
    outlet: outlet(m),
    kind: m.kind,
    confidence: m.confidence,
    summary: m.count > 1 ? `Aggregated: ${plural(m.count, "report", "reports")} without a whole-project figure, each listed in the reports table.` : "Listed in the reports table.",
    ...columnDate(m),
    gaps: NO_GAPS,
    aggregate: { count: m.count, low: null, high: null },
    x1: m.x1,
    x2: m.x2,
    vague: m.x1 !== m.x2,
  }));
  const events: EventChartMark[] = chart.events.marks.map((m) => ({
    id: `events-${m.column}`,
    x1: m.x1,
    x2: m.x2,
    vague: m.x1 !== m.x2,
    ...columnDate(m),
    title: m.title ?? `${plural(m.count, "event", "events")} (aggregated)`,
    outlet: m.single ? outletOf(sources, m.single.sourceId) : "listed in the events timeline",
    category: m.category,
    count: m.count,
  }));
  return { points, strip, events };
}
