/* The server actions of each record type, by the names of db/records' table of types. */
import type { RecordType } from "@/db/records";
import * as actions from "../actions";

export const RECORD_ACTIONS = {
  progressReport: { create: actions.createProgressReport, update: actions.updateProgressReport, delete: actions.deleteProgressReport },
  milestone: { create: actions.createMilestone, update: actions.updateMilestone, delete: actions.deleteMilestone },
  forecast: { create: actions.createForecast, update: actions.updateForecast, delete: actions.deleteForecast },
  event: { create: actions.createEvent, update: actions.updateEvent, delete: actions.deleteEvent },
  source: { create: actions.createSource, update: actions.updateSource, delete: actions.deleteSource },
  fact: { create: actions.createFact, update: actions.updateFact, delete: actions.deleteFact },
} satisfies Record<RecordType, Record<"create" | "update" | "delete", unknown>>;

/**
 * Writes nothing: the benchmark's reference for what any action costs (tests/bench/add-report-action.ts).
 * Named here because the build leaves out every action no client module refers to.
 */
export const EDIT_ACCESS_CHECK = actions.checkEditAccess;
