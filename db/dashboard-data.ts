/*
 * The shape of what the dashboard shows. Types only, so client components can import it.
 * Serialized as JSON between server and browser: days are "YYYY-MM-DD", instants ISO strings.
 */
import type { FactGroup } from "./domain/fact-groups";
import type { PlannedPoint } from "./domain/planned-curve";
import type { StatusResult } from "./domain/status";
import type { EventData } from "./records/event";
import type { FactData } from "./records/fact";
import type { ForecastData } from "./records/forecast";
import type { MilestoneData } from "./records/milestone";
import type { ProgressReportData } from "./records/progress-report";
import type { Confidence, EventCategory, SourceKind } from "./records/vocabulary";
import type { SourceData } from "./records/source";

export type { EventData, FactData, ForecastData, MilestoneData, ProgressReportData, SourceData };

/* The progress chart of a large project, its records gathered into columns (db/dashboard/chart-columns.ts). */
/** Records in one column of the time axis. */
export interface ColumnMark {
  column: number;
  /** The first and last day (day numbers) any of its records can mean. */
  x1: number;
  x2: number;
  /** Where the mark sits: the median of its records' midpoints. */
  x: number;
  count: number;
  /** A column of one record names its source, as an unaggregated mark does; null for more. */
  single: { sourceId: string } | null;
}

/** Whole-project figures of one column, on the % axis. */
export interface FigureColumn extends ColumnMark {
  low: number;
  median: number;
  high: number;
  /** The evidence kind most of them give, and the least confidence among them. */
  kind: SourceKind;
  confidence: Confidence;
}

/** Part and qualitative reports of one column, in the reports strip. */
export interface EvidenceColumn extends ColumnMark {
  kind: SourceKind;
  confidence: Confidence;
  /** The parts they measure (empty for qualitative reports only). */
  scopes: string[];
}

export interface EventColumn extends ColumnMark {
  category: EventCategory;
  categories: EventCategory[];
  /** The event's title, in a column of one. */
  title: string | null;
}

export interface ColumnSeries<M> {
  /** Records in the series. */
  total: number;
  marks: M[];
}

export interface AggregatedChart {
  columns: number;
  /** The days (day numbers) the columns divide, first and last. */
  extent: [number, number];
  figures: ColumnSeries<FigureColumn>;
  evidence: ColumnSeries<EvidenceColumn>;
  events: ColumnSeries<EventColumn>;
}

export interface FuzzyDateData {
  earliest: string;
  latest: string;
  text: string;
}

export interface ChangeData {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface ProjectData {
  id: string;
  slug: string;
  name: string;
  summary: string;
  location: string;
  parties: string[];
  updatedAt: string;
  version: number;
}

/** The records a dashboard holds, each list as an editor keeps it. */
export interface DashboardLists {
  milestones: MilestoneData[];
  /** In the order of when they were claimed (db/domain/fuzzy-order.ts), derived windows computed. */
  forecasts: ForecastData[];
  /** In the order of when they were observed. */
  reports: ProgressReportData[];
  events: EventData[];
  sources: SourceData[];
  facts: FactData[];
}

/** The planned S-curve band from construction start across one plan's completion window. */
export interface PlannedBand {
  forecastId: string;
  start: string;
  window: FuzzyDateData;
  series: PlannedPoint[];
}

export interface ReportTies {
  count: number;
  shown: ProgressReportData[];
}

/** What db/dashboard/analysis.ts derives from the lists. */
export interface DashboardAnalysis {
  plans: {
    /** The first accepted plan of record: it stays, whatever is claimed later. */
    baseline: ForecastData | null;
    /** The latest accepted one. */
    current: ForecastData | null;
    /** Ids of plans whose claim dates cannot be told apart from the baseline's (or the current's). */
    baselineTies: string[];
    currentTies: string[];
    /** How far the current window moved from the baseline's, in days, as a range. */
    moved: { minDays: number; maxDays: number } | null;
    /** Set when the completion milestone's planned date and the current plan disagree. */
    completionMismatch: string | null;
  };
  status: StatusResult;
  planned: { baseline: PlannedBand | null; current: PlannedBand | null };
  /** The latest whole-project report with a figure. */
  latestFigure: ProgressReportData | null;
  /** The latest report of any kind: figure, part or qualitative. */
  latestEvidence: ProgressReportData | null;
  /**
   * Reports whose observation cannot be told apart in time from the latest figure's (or the
   * latest evidence's): which is the latest is then not known. How many, and the latest few.
   */
  latestTies: { figure: ReportTies; evidence: ReportTies };
  /** Progress of named parts, each on its own: its latest report, its latest with a figure, how many it has. */
  parts: { scope: string; count: number; latest: ProgressReportData; latestFigure: ProgressReportData | null }[];
  factGroups: FactGroup<FactData>[];
}

/** The lists a large project sends a page of (PAGED_LISTS in db/queries/dashboard.ts). */
export type PagedListName = "reports" | "events";

/**
 * A project too large to send whole: `reports` and `events` hold the first page of each, in
 * their order; the analysis above was made from every record, and the chart draws all of them
 * aggregated. Null when every list is whole.
 */
export interface PagedLists {
  totals: Record<PagedListName, number>;
  pageSize: number;
  /** Where further pages come from (`?list=reports&page=2`); null on a shared view, whose exports hold every record. */
  pagesUrl: string | null;
  chart: AggregatedChart;
}

/** One page of a paged list, as the pages route answers. */
export interface ListPage<K extends PagedListName = PagedListName> {
  list: K;
  page: number;
  pageSize: number;
  total: number;
  rows: DashboardLists[K];
}

export interface DashboardData extends DashboardLists, DashboardAnalysis {
  project: ProjectData;
  /** The calendar day the figures are computed for. */
  today: string;
  /** Newest first; always empty on shared views. */
  recentChanges: ChangeData[];
  /**
   * Which view this is: today's (asOf null), what had been published by a day, or what
   * Bridgewatch recorded by the end of a day (db/dashboard/as-of.ts, db/queries/as-recorded.ts).
   */
  view: { asOf: string | null; mode: "published" | "recorded" };
  paged: PagedLists | null;
}

export interface ProjectSummaryData {
  id: string;
  version: number;
  slug: string;
  name: string;
  summary: string;
  location: string;
  parties: string[];
  status: StatusResult;
  /** The current plan's wording, and the baseline's when the plan moved. */
  planText: string | null;
  baselineText: string | null;
  /** When the latest whole-project figure was observed, and by whom: "observed Nov 2025, KCNA". */
  latestFigureNote: string | null;
  updatedAt: string;
}
