/*
 * The record types an editor keeps on a dashboard: the one table that lists them. Each type
 * is its names and wording (db/records/names.ts) joined here with its fields, form and what a
 * share link may show of it (db/records/<type>.ts); every layer reads from this table.
 */
import { defineRecord } from "./define";
import { eventParts } from "./event";
import { factParts } from "./fact";
import { forecastParts } from "./forecast";
import { milestoneParts } from "./milestone";
import { RECORD_NAMES, type RecordType } from "./names";
import { progressReportParts } from "./progress-report";
import { sourceParts } from "./source";

export const RECORD_TYPES = {
  progressReport: defineRecord(RECORD_NAMES.progressReport, progressReportParts),
  milestone: defineRecord(RECORD_NAMES.milestone, milestoneParts),
  forecast: defineRecord(RECORD_NAMES.forecast, forecastParts),
  event: defineRecord(RECORD_NAMES.event, eventParts),
  source: defineRecord(RECORD_NAMES.source, sourceParts),
  fact: defineRecord(RECORD_NAMES.fact, factParts),
} as const satisfies Record<RecordType, unknown>;

export { HISTORY_ENTITIES, isHistoryEntity, RECORD_NAMES, type HistoryEntity, type RecordType } from "./names";
