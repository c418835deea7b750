"use server";

import { revalidatePath } from "next/cache";
import { guardedAction } from "@/db/actions/guard";
import { createProject as insertProject, updateProject as correctProject } from "@/db/mutations/projects";
import { ok, type ActionResult } from "@/db/mutations/result";
import { projectSchema, projectUpdateSchema } from "@/db/records/project";

/** A new project, by an admin: its dashboard starts empty, for editors to fill. */
export async function createProject(input: unknown): Promise<ActionResult<{ slug: string }>> {
  return guardedAction("admin", projectSchema, input, async ({ db, user, input: fields }) => {
    const project = await insertProject(db, { actor: user, input: fields });
    revalidatePath("/admin/projects");
    return ok("Project created.", { slug: project.slug });
  });
}

/** A correction of a project's own fields, by an admin, at the version they loaded. */
export async function updateProject(input: unknown): Promise<ActionResult<{ slug: string; version: number }>> {
  return guardedAction("admin", projectUpdateSchema, input, async ({ db, user, input: fields }) => {
    const project = await correctProject(db, { actor: user, input: fields });
    revalidatePath("/admin/projects");
    revalidatePath(`/projects/${project.slug}`);
    return ok("Project saved.", { slug: project.slug, version: project.version });
  });
}
