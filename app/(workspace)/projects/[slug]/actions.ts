"use server";

import type { EventData, ForecastData, MilestoneData, ProgressReportData, SourceData } from "@/db/dashboard-data";
import { projectAction } from "@/db/mutations/guard";
import * as events from "@/db/mutations/records/events";
import * as forecasts from "@/db/mutations/records/forecasts";
import * as milestones from "@/db/mutations/records/milestones";
import * as reports from "@/db/mutations/records/progress-reports";
import * as sources from "@/db/mutations/records/sources";
import { ok, type ActionResult } from "@/db/mutations/result";
import * as schemas from "@/db/mutations/schemas";

/*
 * Every change an editor makes on a dashboard. Each export is callable by anyone who can POST
 * to this page, so each one goes through projectAction: a session with the editor role, valid
 * input, the project named by its slug; the data layer then checks that the row and the source
 * it cites belong to that project.
 */

type Deleted = ActionResult<{ id: string }>;

/*
 * No revalidatePath here: the pages are dynamic (never cached), and the dashboard shows its data
 * through TanStack Query, which the editor's mutation invalidates and every open view polls.
 * Revalidating would re-render the whole dashboard into each action's response, which made a
 * save cost ten times more under load (tests/bench/add-report-action.ts).
 */

export async function createProgressReport(input: unknown): Promise<ActionResult<ProgressReportData>> {
  return projectAction(schemas.createProgressReportSchema, input, async ({ db, user, project, input: data }) => {
    const report = await reports.createProgressReport(db, { project, actor: user, input: data });
    return ok("Progress report added.", report);
  });
}

export async function updateProgressReport(input: unknown): Promise<ActionResult<ProgressReportData>> {
  return projectAction(schemas.updateProgressReportSchema, input, async ({ db, user, project, input: data }) => {
    const report = await reports.updateProgressReport(db, { project, actor: user, input: data });
    return ok("Progress report saved.", report);
  });
}

export async function deleteProgressReport(input: unknown): Promise<Deleted> {
  return projectAction(schemas.deleteRecordSchema, input, async ({ db, user, project, input: data }) => {
    const deleted = await reports.deleteProgressReport(db, { project, actor: user, input: data });
    return ok("Progress report deleted.", deleted);
  });
}

export async function createMilestone(input: unknown): Promise<ActionResult<MilestoneData>> {
  return projectAction(schemas.createMilestoneSchema, input, async ({ db, user, project, input: data }) => {
    const milestone = await milestones.createMilestone(db, { project, actor: user, input: data });
    return ok("Milestone added.", milestone);
  });
}

export async function updateMilestone(input: unknown): Promise<ActionResult<MilestoneData>> {
  return projectAction(schemas.updateMilestoneSchema, input, async ({ db, user, project, input: data }) => {
    const milestone = await milestones.updateMilestone(db, { project, actor: user, input: data });
    return ok("Milestone saved.", milestone);
  });
}

export async function deleteMilestone(input: unknown): Promise<Deleted> {
  return projectAction(schemas.deleteRecordSchema, input, async ({ db, user, project, input: data }) => {
    const deleted = await milestones.deleteMilestone(db, { project, actor: user, input: data });
    return ok("Milestone deleted.", deleted);
  });
}

export async function createForecast(input: unknown): Promise<ActionResult<ForecastData>> {
  return projectAction(schemas.createForecastSchema, input, async ({ db, user, project, input: data }) => {
    const forecast = await forecasts.createForecast(db, { project, actor: user, input: data });
    return ok("Completion forecast added.", forecast);
  });
}

export async function updateForecast(input: unknown): Promise<ActionResult<ForecastData>> {
  return projectAction(schemas.updateForecastSchema, input, async ({ db, user, project, input: data }) => {
    const forecast = await forecasts.updateForecast(db, { project, actor: user, input: data });
    return ok("Completion forecast saved.", forecast);
  });
}

export async function deleteForecast(input: unknown): Promise<Deleted> {
  return projectAction(schemas.deleteRecordSchema, input, async ({ db, user, project, input: data }) => {
    const deleted = await forecasts.deleteForecast(db, { project, actor: user, input: data });
    return ok("Completion forecast deleted.", deleted);
  });
}

export async function createEvent(input: unknown): Promise<ActionResult<EventData>> {
  return projectAction(schemas.createEventSchema, input, async ({ db, user, project, input: data }) => {
    const event = await events.createEvent(db, { project, actor: user, input: data });
    return ok("Event added.", event);
  });
}

export async function updateEvent(input: unknown): Promise<ActionResult<EventData>> {
  return projectAction(schemas.updateEventSchema, input, async ({ db, user, project, input: data }) => {
    const event = await events.updateEvent(db, { project, actor: user, input: data });
    return ok("Event saved.", event);
  });
}

export async function deleteEvent(input: unknown): Promise<Deleted> {
  return projectAction(schemas.deleteRecordSchema, input, async ({ db, user, project, input: data }) => {
    const deleted = await events.deleteEvent(db, { project, actor: user, input: data });
    return ok("Event deleted.", deleted);
  });
}

export async function createSource(input: unknown): Promise<ActionResult<SourceData>> {
  return projectAction(schemas.createSourceSchema, input, async ({ db, user, project, input: data }) => {
    const source = await sources.createSource(db, { project, actor: user, input: data });
    return ok("Source added.", source);
  });
}

export async function updateSource(input: unknown): Promise<ActionResult<SourceData>> {
  return projectAction(schemas.updateSourceSchema, input, async ({ db, user, project, input: data }) => {
    const source = await sources.updateSource(db, { project, actor: user, input: data });
    return ok("Source saved.", source);
  });
}

export async function deleteSource(input: unknown): Promise<Deleted> {
  return projectAction(schemas.deleteRecordSchema, input, async ({ db, user, project, input: data }) => {
    const deleted = await sources.deleteSource(db, { project, actor: user, input: data });
    return ok("Source deleted.", deleted);
  });
}
