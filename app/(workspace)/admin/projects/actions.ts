"use server";

import { revalidatePath } from "next/cache";
import { guardedAction } from "@/db/actions/guard";
import { createProject as insertProject } from "@/db/mutations/projects";
import { ok, type ActionResult } from "@/db/mutations/result";
import { projectSchema } from "@/db/records/project";

/** A new project, by an admin: its dashboard starts empty, for editors to fill. */
export async function createProject(input: unknown): Promise<ActionResult<{ slug: string }>> {
  return guardedAction("admin", projectSchema, input, async ({ db, user, input: fields }) => {
    const project = await insertProject(db, { actor: user, input: fields });
    revalidatePath("/admin/projects");
    return ok("Project created.", { slug: project.slug });
  });
}
