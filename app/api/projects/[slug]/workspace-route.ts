import "server-only";
import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import type { Db } from "@/db/connection";
import type { ProjectData } from "@/db/dashboard-data";
import { getProjectBySlug } from "@/db/queries/projects";
import { getCurrentUser, type CurrentUser } from "@/db/session";

/* What the workspace's JSON routes of a project share: signed-in callers only, never cached by anyone. */

export const NO_STORE = { "Cache-Control": "private, no-store" };

/** `{ error, message }` with its status, never stored. */
export const refuse = (status: number, error: string, message: string) => NextResponse.json({ error, message }, { status, headers: NO_STORE });

export const answer = (body: unknown) => NextResponse.json(body, { headers: NO_STORE });

/** The caller and the project the route's slug names; or the 401 or 404 that answers instead. */
export async function workspaceProject(
  params: Promise<{ slug: string }>,
): Promise<{ ok: true; user: CurrentUser; db: Db; project: ProjectData } | { ok: false; response: NextResponse }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, response: refuse(401, "unauthorized", "Sign in first.") };
  const { slug } = await params;
  const db = await getDb();
  const project = await getProjectBySlug(db, { slug });
  if (!project) return { ok: false, response: refuse(404, "not_found", "No project has this address.") };
  return { ok: true, user, db, project };
}
