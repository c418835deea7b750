import type { Db } from "../connection";
import type { ProjectFields } from "../records/project";
import { projects, type Project } from "../schema";
import { recordAudit, type Actor } from "./audit";
import { RuleError } from "./errors";
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
