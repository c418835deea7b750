/*
 * The record types an editor keeps on a dashboard: the one table that lists them. Each
 * definition (db/records/<type>.ts) holds the type's fields, names, wording, form and what a
 * share link may show; every layer reads from it.
 */
import { eventRecord } from "./event";
import { factRecord } from "./fact";
import { forecastRecord } from "./forecast";
import { milestoneRecord } from "./milestone";
import { progressReportRecord } from "./progress-report";
import { sourceRecord } from "./source";

export const RECORD_TYPES = {
  progressReport: progressReportRecord,
  milestone: milestoneRecord,
  forecast: forecastRecord,
  event: eventRecord,
  source: sourceRecord,
  fact: factRecord,
} as const;

export type RecordType = keyof typeof RECORD_TYPES;

/** The records' names in the audit trail, as the history route accepts them. */
export type HistoryEntity = (typeof RECORD_TYPES)[RecordType]["entity"];
export const HISTORY_ENTITIES: readonly HistoryEntity[] = Object.values(RECORD_TYPES).map((d) => d.entity);

export const isHistoryEntity = (value: string): value is HistoryEntity => (HISTORY_ENTITIES as readonly string[]).includes(value);
