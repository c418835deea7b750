import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../connection";
import type { ProjectFields } from "../records/project";
import { projects, type Project } from "../schema";
import { recordAudit, type Actor } from "./audit";
import { ConflictError, isPgError, NotFoundError, PG_ERROR, RuleError } from "./errors";
import { inTransaction } from "./transaction";

/**
 * A new project with its audit entry, in one transaction. The slug is claimed by an insert that
 * skips on conflict, so two callers creating the same project at once cannot both succeed.
 */
export function createProject(db: Db, { actor, input }: { actor: Actor; input: ProjectFields }): Promise<Project> {
  return inTransaction(db, async (tx) => {
    const [project] = await tx.insert(projects).values(input).onConflictDoNothing({ target: projects.slug }).returning();
    if (!project) throw new RuleError("A project with this slug exists already.", { slug: ["Choose another slug."] });
    await recordAudit(tx, { actor, action: "create", entity: "project", entityId: project.id, projectId: project.id, after: project });
    return project;
  });
}

/**
 * A project's name, slug, summary, location and parties, corrected at the version the admin
 * loaded, with its audit entry. A new slug moves the dashboard's address; share links keep working.
 */
export async function updateProject(
  db: Db,
  { actor, input }: { actor: Actor; input: ProjectFields & { id: string; version: number } },
): Promise<Project> {
  const { id, version, ...fields } = input;
  try {
    return await inTransaction(db, async (tx) => {
      const [before] = await tx.select().from(projects).where(eq(projects.id, id));
      if (!before) throw new NotFoundError("The project");
      const [after] = await tx
        .update(projects)
        .set({ ...fields, version: sql`${projects.version} + 1`, updatedAt: new Date() })
        .where(and(eq(projects.id, id), eq(projects.version, version)))
        .returning();
      if (!after) throw new ConflictError(before);
      await recordAudit(tx, { actor, action: "update", entity: "project", entityId: id, projectId: id, before, after });
      return after;
    });
  } catch (error) {
    if (isPgError(error, PG_ERROR.uniqueViolation)) throw new RuleError("A project with this slug exists already.", { slug: ["Choose another slug."] });
    throw error;
  }
}
