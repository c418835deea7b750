"use server";

import { z } from "zod";
import { projectAction } from "@/db/actions/guard";
import { restoreRecord as restoreRecordWrite, restoredMessage, restoreRecordSchema } from "@/db/mutations/restore";
import { ok, type ActionResult } from "@/db/mutations/result";
import type { RecordType } from "@/db/records";
import { slug } from "@/db/records/fields";
import { recordAction, type Written } from "./record-action";

/*
 * Every change an editor makes on a dashboard. Each export is callable by anyone who can POST
 * to this page, so each one goes through recordAction, which checks the caller, the input and
 * the target row itself.
 *
 * No revalidatePath here: the pages are dynamic (never cached), and the dashboard shows its data
 * through TanStack Query, which the editor's mutation invalidates and every open view polls.
 * Revalidating would re-render the whole dashboard into each action's response, which made a
 * save cost ten times more under load (tests/bench/add-report-action.ts).
 */

type Result<K extends RecordType, V extends "create" | "update" | "delete"> = Promise<ActionResult<Written<K, V>>>;

export async function createProgressReport(input: unknown): Result<"progressReport", "create"> {
  return recordAction("progressReport", "create", input);
}
export async function updateProgressReport(input: unknown): Result<"progressReport", "update"> {
  return recordAction("progressReport", "update", input);
}
export async function deleteProgressReport(input: unknown): Result<"progressReport", "delete"> {
  return recordAction("progressReport", "delete", input);
}

export async function createMilestone(input: unknown): Result<"milestone", "create"> {
  return recordAction("milestone", "create", input);
}
export async function updateMilestone(input: unknown): Result<"milestone", "update"> {
  return recordAction("milestone", "update", input);
}
export async function deleteMilestone(input: unknown): Result<"milestone", "delete"> {
  return recordAction("milestone", "delete", input);
}

export async function createForecast(input: unknown): Result<"forecast", "create"> {
  return recordAction("forecast", "create", input);
}
export async function updateForecast(input: unknown): Result<"forecast", "update"> {
  return recordAction("forecast", "update", input);
}
export async function deleteForecast(input: unknown): Result<"forecast", "delete"> {
  return recordAction("forecast", "delete", input);
}

export async function createEvent(input: unknown): Result<"event", "create"> {
  return recordAction("event", "create", input);
}
export async function updateEvent(input: unknown): Result<"event", "update"> {
  return recordAction("event", "update", input);
}
export async function deleteEvent(input: unknown): Result<"event", "delete"> {
  return recordAction("event", "delete", input);
}

export async function createSource(input: unknown): Result<"source", "create"> {
  return recordAction("source", "create", input);
}
export async function updateSource(input: unknown): Result<"source", "update"> {
  return recordAction("source", "update", input);
}
export async function deleteSource(input: unknown): Result<"source", "delete"> {
  return recordAction("source", "delete", input);
}

export async function createFact(input: unknown): Result<"fact", "create"> {
  return recordAction("fact", "create", input);
}
export async function updateFact(input: unknown): Result<"fact", "update"> {
  return recordAction("fact", "update", input);
}
export async function deleteFact(input: unknown): Result<"fact", "delete"> {
  return recordAction("fact", "delete", input);
}

/** A deleted record back from its delete entry: an editor's, in the project that deleted it. */
export async function restoreRecord(input: unknown): Promise<ActionResult<unknown>> {
  return projectAction(restoreRecordSchema, input, async ({ db, user, project, input: { entity, id } }) =>
    ok(restoredMessage(entity), await restoreRecordWrite(db, { project, actor: user, input: { entity, id } })),
  );
}

const editAccessSchema = z.object({ projectSlug: slug });

/**
 * Checks the caller as every change here does (session, editor role, input, the project) and
 * writes nothing. It exists as the reference the benchmark holds a save to
 * (tests/bench/add-report-action.ts): the round trip any action costs on this server, against
 * which what a save adds is measured under the same load.
 */
export async function checkEditAccess(input: unknown): Promise<ActionResult<null>> {
  return projectAction(editAccessSchema, input, async () => ok("You may edit this project.", null));
}
