/* Each record type's writes, by the names of db/records' table of types. */
import type { RecordType } from "../../records";
import { eventWrites } from "./events";
import { forecastWrites } from "./forecasts";
import { milestoneWrites } from "./milestones";
import { progressReportWrites } from "./progress-reports";
import { sourceWrites } from "./sources";

export const RECORD_WRITES = {
  progressReport: progressReportWrites,
  milestone: milestoneWrites,
  forecast: forecastWrites,
  event: eventWrites,
  source: sourceWrites,
} satisfies Record<RecordType, { create: unknown; update: unknown; delete: unknown }>;
