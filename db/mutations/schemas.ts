/*
 * What every record form may send, one schema per action. The field names are the keys of the
 * field errors a form shows next to its fields.
 */
import { z } from "zod";
import { confidence, eventCategory, milestoneKind, milestoneStatus } from "../schema";
import {
  choice,
  fuzzyDate,
  isoDay,
  LIMITS,
  optionalFuzzyDate,
  optionalIsoDay,
  optionalText,
  optionalUrl,
  parties,
  percent,
  requiredText,
  rowId,
  slug,
  sourceId,
  sourceKindField,
  version,
} from "./schema-fields";

export { LIMITS } from "./schema-fields";

const inProject = { projectSlug: slug };
const target = { ...inProject, id: rowId, version };

/** A change to one existing row: which row, at which version. */
export const deleteRecordSchema = z.object(target);

const progressReportFields = {
  observed: fuzzyDate("when the observation applies (e.g. 2025-04-30 or mid-2026)"),
  publishedOn: optionalIsoDay("the day it was published"),
  percent,
  summary: requiredText("what was observed", LIMITS.summary, true),
  sourceId,
  evidenceKind: sourceKindField("Choose the kind of evidence."),
  confidence: choice(confidence.enumValues, "Choose low, medium or high."),
};
export const createProgressReportSchema = z.object({ ...inProject, ...progressReportFields });
export const updateProgressReportSchema = z.object({ ...target, ...progressReportFields });

const milestoneFields = {
  title: requiredText("a title", LIMITS.title),
  planned: optionalFuzzyDate("the planned date"),
  actual: optionalFuzzyDate("the actual date"),
  status: choice(milestoneStatus.enumValues, "Choose a status."),
  /** The source of this milestone or of this change to it. */
  sourceId,
};
export const createMilestoneSchema = z.object({
  ...inProject,
  ...milestoneFields,
  kind: choice(milestoneKind.enumValues, "Choose a kind of milestone."),
});
export const updateMilestoneSchema = z.object({ ...target, ...milestoneFields });

const forecastFields = {
  window: fuzzyDate("the claimed completion (e.g. mid-2026)"),
  claimedOn: isoDay("the day it was claimed"),
  sourceId,
  accepted: z.boolean({ error: "Say whether this forecast is accepted." }).default(true),
  note: optionalText("a note", LIMITS.note, true),
};
export const createForecastSchema = z.object({ ...inProject, ...forecastFields });
export const updateForecastSchema = z.object({ ...target, ...forecastFields });

const eventFields = {
  date: fuzzyDate("when it happened"),
  title: requiredText("a title", LIMITS.title),
  summary: optionalText("a summary", LIMITS.summary, true).transform((s) => s ?? ""),
  category: choice(eventCategory.enumValues, "Choose a category."),
  parties,
  sourceId,
};
export const createEventSchema = z.object({ ...inProject, ...eventFields });
export const updateEventSchema = z.object({ ...target, ...eventFields });

const sourceFields = {
  outlet: requiredText("the outlet (e.g. KCNA)", LIMITS.outlet),
  title: requiredText("a title", LIMITS.title),
  url: optionalUrl,
  published: fuzzyDate("when it was published"),
  kind: sourceKindField("Choose the kind of source."),
};
export const createSourceSchema = z.object({ ...inProject, ...sourceFields });
export const updateSourceSchema = z.object({ ...target, ...sourceFields });

export type DeleteRecordInput = z.infer<typeof deleteRecordSchema>;
export type CreateProgressReportInput = z.infer<typeof createProgressReportSchema>;
export type UpdateProgressReportInput = z.infer<typeof updateProgressReportSchema>;
export type CreateMilestoneInput = z.infer<typeof createMilestoneSchema>;
export type UpdateMilestoneInput = z.infer<typeof updateMilestoneSchema>;
export type CreateForecastInput = z.infer<typeof createForecastSchema>;
export type UpdateForecastInput = z.infer<typeof updateForecastSchema>;
export type CreateEventInput = z.infer<typeof createEventSchema>;
export type UpdateEventInput = z.infer<typeof updateEventSchema>;
export type CreateSourceInput = z.infer<typeof createSourceSchema>;
export type UpdateSourceInput = z.infer<typeof updateSourceSchema>;
