/*
 * The six tables of a project as CSV, one per record list, read from a dashboard (the
 * workspace's, or the public one of a share link: these columns hold nothing it does not).
 * A fuzzy date is three columns: its wording, then the earliest and latest day it can mean.
 * Each record's source is named by its outlet, and by the outlet that carried it ("via").
 * Closed vocabularies are written in words, with the code beside them for scripts.
 */
import type {
  DashboardLists,
  EventData,
  FactData,
  ForecastData,
  FuzzyDateData,
  MilestoneData,
  ProgressReportData,
  SourceData,
} from "../dashboard-data";
import { CONFIDENCE, EVENT_CATEGORY, MILESTONE_KIND, MILESTONE_STATUS, SOURCE_KIND } from "../records/vocabulary";
import { toCsv, type Cell, type CsvColumn } from "./csv";

import type { CsvTable } from "./csv-table-names";

export { CSV_TABLES, isCsvTable, type CsvTable } from "./csv-table-names";

/** The lists a CSV is built from: the dashboard's own, in the dashboard's orders. */
export type CsvInput = DashboardLists;

type Col<T> = CsvColumn<T>;

function fuzzy<T>(name: string, date: (row: T) => FuzzyDateData | null): Col<T>[] {
  return [
    { header: name, value: (r) => date(r)?.text ?? null },
    { header: `${name}_earliest`, value: (r) => date(r)?.earliest ?? null },
    { header: `${name}_latest`, value: (r) => date(r)?.latest ?? null },
  ];
}

function coded<T>(name: string, labels: Readonly<Record<string, string>>, code: (row: T) => string): Col<T>[] {
  return [
    { header: name, value: (r) => labels[code(r)] ?? null },
    { header: `${name}_code`, value: code },
  ];
}

/** "Example Wire", or "Example Wire via Example Gazette" for a carried one. */
function sourceWords(source: SourceData | undefined, byId: Map<string, SourceData>): string | null {
  if (!source) return null;
  const via = source.viaSourceId ? byId.get(source.viaSourceId) : undefined;
  return via ? `${source.outlet} via ${via.outlet}` : source.outlet;
}

function cited<T>(sourceId: (row: T) => string, byId: Map<string, SourceData>): Col<T>[] {
  const of = (r: T) => byId.get(sourceId(r));
  const via = (r: T) => {
    const id = of(r)?.viaSourceId;
    return id ? byId.get(id) : undefined;
  };
  return [
    { header: "source", value: (r) => of(r)?.outlet ?? null },
    { header: "source_title", value: (r) => of(r)?.title ?? null },
    { header: "source_via", value: (r) => via(r)?.outlet ?? null },
    { header: "source_id", value: sourceId },
  ];
}

type Columns = { [T in CsvTable]: Col<CsvInput[T][number]>[] };

function columnsFor(lists: CsvInput): Columns {
  const byId = new Map(lists.sources.map((s) => [s.id, s]));
  const milestoneTitle = new Map(lists.milestones.map((m) => [m.id, m.title]));
  const sources: Col<SourceData>[] = [
    { header: "id", value: (s) => s.id },
    { header: "outlet", value: (s) => s.outlet },
    { header: "title", value: (s) => s.title },
    { header: "url", value: (s) => s.url },
    ...fuzzy<SourceData>("published", (s) => s.published),
    ...coded<SourceData>("kind", SOURCE_KIND.labels, (s) => s.kind),
    { header: "via", value: (s) => (s.viaSourceId ? (byId.get(s.viaSourceId)?.outlet ?? null) : null) },
    { header: "via_id", value: (s) => s.viaSourceId },
  ];
  const milestones: Col<MilestoneData>[] = [
    { header: "id", value: (m) => m.id },
    ...coded<MilestoneData>("kind", MILESTONE_KIND.labels, (m) => m.kind),
    { header: "stage", value: (m) => m.label },
    { header: "title", value: (m) => m.title },
    ...fuzzy<MilestoneData>("planned", (m) => m.planned),
    ...fuzzy<MilestoneData>("actual", (m) => m.actual),
    ...coded<MilestoneData>("status", MILESTONE_STATUS.labels, (m) => m.status),
    { header: "slippage_min_days", value: (m) => m.slippage?.minDays ?? null },
    { header: "slippage_max_days", value: (m) => m.slippage?.maxDays ?? null },
    { header: "sources", value: (m) => m.sourceIds.map((id) => sourceWords(byId.get(id), byId)).filter((s) => s !== null).join("; ") },
  ];
  const forecasts: Col<ForecastData>[] = [
    { header: "id", value: (f) => f.id },
    ...fuzzy<ForecastData>("completion", (f) => f.completion),
    { header: "derived_from", value: (f) => (f.derivedFrom ? (milestoneTitle.get(f.derivedFrom) ?? null) : null) },
    { header: "duration", value: (f) => f.duration },
    ...fuzzy<ForecastData>("window", (f) => f.window),
    { header: "arithmetic", value: (f) => f.arithmetic },
    ...fuzzy<ForecastData>("claimed", (f) => f.claimed),
    { header: "accepted", value: (f) => f.accepted },
    { header: "note", value: (f) => f.note },
    ...cited<ForecastData>((f) => f.sourceId, byId),
  ];
  const reports: Col<ProgressReportData>[] = [
    { header: "id", value: (r) => r.id },
    ...fuzzy<ProgressReportData>("observed", (r) => r.observed),
    ...fuzzy<ProgressReportData>("published", (r) => r.published),
    { header: "scope", value: (r) => r.scope ?? "whole project" },
    { header: "percent_reported", value: (r) => r.percent },
    { header: "measured_done", value: (r) => r.measured?.done ?? null },
    { header: "measured_total", value: (r) => r.measured?.total ?? null },
    { header: "measured_unit", value: (r) => r.measured?.unit ?? null },
    { header: "figure_percent", value: (r) => r.figure },
    { header: "arithmetic", value: (r) => r.arithmetic },
    { header: "summary", value: (r) => r.summary },
    ...coded<ProgressReportData>("evidence", SOURCE_KIND.labels, (r) => r.evidenceKind),
    ...coded<ProgressReportData>("confidence", CONFIDENCE.labels, (r) => r.confidence),
    ...cited<ProgressReportData>((r) => r.sourceId, byId),
  ];
  const events: Col<EventData>[] = [
    { header: "id", value: (e) => e.id },
    ...fuzzy<EventData>("date", (e) => e.date),
    { header: "title", value: (e) => e.title },
    { header: "summary", value: (e) => e.summary || null },
    ...coded<EventData>("category", EVENT_CATEGORY.labels, (e) => e.category),
    { header: "parties", value: (e) => e.parties.join("; ") },
    ...cited<EventData>((e) => e.sourceId, byId),
  ];
  const facts: Col<FactData>[] = [
    { header: "id", value: (x) => x.id },
    { header: "attribute", value: (x) => x.attribute },
    { header: "value_low", value: (x) => x.value.low },
    { header: "value_high", value: (x) => x.value.high },
    { header: "unit", value: (x) => x.unit },
    { header: "qualifier", value: (x) => x.qualifier },
    ...fuzzy<FactData>("as_of", (x) => x.asOf),
    ...cited<FactData>((x) => x.sourceId, byId),
  ];
  return { sources, milestones, forecasts, reports, events, facts };
}

/** One table of the project as a CSV document. */
export function tableCsv(lists: CsvInput, table: CsvTable): string {
  const columns = columnsFor(lists)[table] as Col<unknown>[];
  return toCsv<unknown>(columns, lists[table] as readonly unknown[]);
}

/** The header row's names of a table, e.g. for documentation and tests. */
export const csvHeaders = (table: CsvTable): string[] =>
  columnsFor({ sources: [], milestones: [], forecasts: [], reports: [], events: [], facts: [] })[table].map((c) => c.header);

export type { Cell };
