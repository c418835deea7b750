import "server-only";
import type { z } from "zod";
import { getCurrentUser, hasRole, type CurrentUser } from "../session";
import { getDb } from "../client";
import type { Db } from "../connection";
import { ConflictError, NotFoundError, RuleError } from "../mutations/errors";
import { fail, type ActionResult } from "../mutations/result";
import { findProjectBySlug } from "../queries/projects";
import type { Project, UserRole } from "../schema";

export interface ActionContext<I> {
  user: CurrentUser;
  db: Db;
  input: I;
}

/**
 * The common part of every server action: who is calling (a session, not a page check),
 * whether their role may, whether the input is valid; then the change, with its errors turned
 * into answers a form can show. Nothing here throws to the client: no input gives a 500.
 */
export async function guardedAction<S extends z.ZodType, T>(
  least: UserRole,
  schema: S,
  raw: unknown,
  run: (ctx: ActionContext<z.infer<S>>) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  try {
    const user = await getCurrentUser();
    if (!user) return fail("Sign in to make changes.");
    if (!hasRole(user, least)) return fail(`Only ${least === "admin" ? "admins" : "editors"} can do this.`);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return fail("Some fields need attention.", { fieldErrors: fieldErrorsOf(parsed.error) });
    }
    return await run({ user, db: await getDb(), input: parsed.data });
  } catch (error) {
    if (error instanceof ConflictError) return fail(error.message, { current: error.current });
    if (error instanceof NotFoundError) return fail(error.message);
    if (error instanceof RuleError) return fail(error.message, { fieldErrors: error.fieldErrors });
    console.error("Server action failed", error);
    return fail("The change could not be saved. Nothing was written; please try again.");
  }
}

/** As guardedAction, for changes inside one project: the input names the project by slug. */
export function projectAction<S extends z.ZodType<{ projectSlug: string }>, T>(
  schema: S,
  raw: unknown,
  run: (ctx: ActionContext<z.infer<S>> & { project: Project }) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  return guardedAction("editor", schema, raw, async (ctx) => {
    const project = await findProjectBySlug(ctx.db, { slug: ctx.input.projectSlug });
    if (!project) throw new NotFoundError("The project");
    return run({ ...ctx, project });
  });
}

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
