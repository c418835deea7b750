/*
 * The progress chart of a project too large to send whole: its reports and events gathered into
 * columns of the time axis, at most one mark per column per series, so the chart never draws
 * more marks than it has pixel columns. Nothing is averaged away: a column's mark keeps its
 * lowest and highest figure (the outliers), its first and last possible day, how many records it
 * holds and the least confidence among them, and the legend says the marks are aggregated.
 * Pure and importable by the browser.
 */
import { dayNumber } from "../domain/calendar-day";
import { midpoint } from "../domain/fuzzy-date";
import type { AggregatedChart, ColumnMark, ColumnSeries } from "../dashboard-data";
import type { Confidence } from "../records/vocabulary";
import type { EventData } from "../records/event";
import type { ProgressReportData } from "../records/progress-report";

/** The widest the chart draws, in pixel columns: one mark per column at most. */
export const CHART_COLUMNS = 1200;

const CONFIDENCE_ORDER: Confidence[] = ["low", "medium", "high"];

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function mostCommon<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

interface Dated {
  x1: number;
  x2: number;
  x: number;
}

const datedOf = (d: { earliest: string; latest: string }): Dated => ({
  x1: dayNumber(d.earliest),
  x2: dayNumber(d.latest),
  x: dayNumber(midpoint(d)),
});

/** Gathers items into the columns their midpoints fall in; `mark` makes one column's mark. */
function gather<T extends { sourceId: string }, M>(
  items: readonly T[],
  dateOf: (item: T) => Dated,
  [from, to]: [number, number],
  columns: number,
  mark: (base: ColumnMark, members: T[]) => M,
): ColumnSeries<M> {
  const width = Math.max(1, to - from + 1) / columns;
  const byColumn = new Map<number, { dated: Dated[]; members: T[] }>();
  for (const item of items) {
    const dated = dateOf(item);
    const column = Math.min(columns - 1, Math.max(0, Math.floor((dated.x - from) / width)));
    const entry = byColumn.get(column) ?? { dated: [], members: [] };
    entry.dated.push(dated);
    entry.members.push(item);
    byColumn.set(column, entry);
  }
  const marks = [...byColumn.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([column, { dated, members }]) => {
      const xs = dated.map((d) => d.x).sort((a, b) => a - b);
      const base: ColumnMark = {
        column,
        x1: Math.min(...dated.map((d) => d.x1)),
        x2: Math.max(...dated.map((d) => d.x2)),
        x: Math.round(median(xs)),
        count: members.length,
        single: members.length === 1 ? { sourceId: members[0]!.sourceId } : null,
      };
      return mark(base, members);
    });
  return { total: items.length, marks };
}

const leastConfidence = (reports: readonly ProgressReportData[]): Confidence =>
  CONFIDENCE_ORDER[Math.min(...reports.map((r) => CONFIDENCE_ORDER.indexOf(r.confidence)))]!;

/** The days the chart's records span, with today: what the columns divide. */
export function extentOf(reports: readonly ProgressReportData[], events: readonly EventData[], today: string): [number, number] {
  const days = [dayNumber(today), ...reports.flatMap((r) => [dayNumber(r.observed.earliest), dayNumber(r.observed.latest)]), ...events.flatMap((e) => [dayNumber(e.date.earliest), dayNumber(e.date.latest)])];
  return [Math.min(...days), Math.max(...days)];
}

/** The chart's reports and events, at most one mark per column per series. */
export function aggregateChart(
  { reports, events, today }: { reports: readonly ProgressReportData[]; events: readonly EventData[]; today: string },
  columns = CHART_COLUMNS,
): AggregatedChart {
  const extent = extentOf(reports, events, today);
  const onAxis = reports.filter((r) => r.scope === null && r.figure !== null);
  const inStrip = reports.filter((r) => !(r.scope === null && r.figure !== null));
  return {
    columns,
    extent,
    figures: gather(onAxis, (r) => datedOf(r.observed), extent, columns, (base, members) => {
      const figures = members.map((r) => r.figure!).sort((a, b) => a - b);
      return {
        ...base,
        low: figures[0]!,
        median: median(figures),
        high: figures.at(-1)!,
        kind: mostCommon(members.map((r) => r.evidenceKind)),
        confidence: leastConfidence(members),
      };
    }),
    evidence: gather(inStrip, (r) => datedOf(r.observed), extent, columns, (base, members) => ({
      ...base,
      kind: mostCommon(members.map((r) => r.evidenceKind)),
      confidence: leastConfidence(members),
      scopes: [...new Set(members.flatMap((r) => (r.scope ? [r.scope] : [])))].sort(),
    })),
    events: gather(events, (e) => datedOf(e.date), extent, columns, (base, members) => ({
      ...base,
      category: mostCommon(members.map((e) => e.category)),
      categories: [...new Set(members.map((e) => e.category))].sort(),
      title: members.length === 1 ? members[0]!.title : null,
    })),
  };
}
