/*
 * The record types an editor keeps on a dashboard: the one table that lists them. Each
 * definition (db/records/<type>.ts) holds the type's fields, names, wording, form and what a
 * share link may show; every layer reads from it.
 */
import { eventRecord } from "./event";
import { factRecord } from "./fact";
import { forecastRecord } from "./forecast";
import { milestoneRecord } from "./milestone";
import type { RecordType } from "./names";
import { progressReportRecord } from "./progress-report";
import { sourceRecord } from "./source";

export const RECORD_TYPES = {
  progressReport: progressReportRecord,
  milestone: milestoneRecord,
  forecast: forecastRecord,
  event: eventRecord,
  source: sourceRecord,
  fact: factRecord,
} as const satisfies Record<RecordType, unknown>;

export { HISTORY_ENTITIES, isHistoryEntity, RECORD_NAMES, type HistoryEntity, type RecordType } from "./names";
