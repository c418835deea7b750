/* Each record type's writes, by the names of db/records' table of types. */
import type { RecordType } from "../../records";
import { eventWrites } from "./events";
import { factWrites } from "./facts";
import { forecastWrites } from "./forecasts";
import { milestoneRecordWrites } from "./milestones";
import { progressReportWrites } from "./progress-reports";
import { sourceWrites } from "./sources";

export const RECORD_WRITES = {
  progressReport: progressReportWrites,
  milestone: milestoneRecordWrites,
  forecast: forecastWrites,
  event: eventWrites,
  source: sourceWrites,
  fact: factWrites,
} satisfies Record<RecordType, { create: unknown; update: unknown; delete: unknown }>;
