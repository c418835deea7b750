import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../connection";
import type { ChangeData } from "../dashboard-data";
import { HISTORY_ENTITIES } from "../records";
import { auditEntries } from "../schema";
import type { Audience } from "../mappers/progress-report";
import { toChangeData } from "./mappers";

/** As many as a feed reader keeps: the newest changes of a project. */
export const FEED_ENTRIES = 50;

/** What a share link's reader may hear of: the records on the dashboard and the project itself, never its share links. */
const PUBLIC_ENTITIES = [...HISTORY_ENTITIES, "project"];

/**
 * The project's latest changes, newest first. For a public audience, only changes to what the
 * shared dashboard shows, with no one named: the actor is withheld, and so is every column
 * that names an editor (a report's recordedBy and recordedByLabel).
 */
export async function getProjectChanges(
  database: Db,
  { projectId, audience, limit = FEED_ENTRIES }: { projectId: string; audience: Audience; limit?: number },
): Promise<ChangeData[]> {
  const inProject = eq(auditEntries.projectId, projectId);
  const rows = await database
    .select()
    .from(auditEntries)
    .where(audience === "public" ? and(inProject, inArray(auditEntries.entity, PUBLIC_ENTITIES)) : inProject)
    .orderBy(desc(auditEntries.at), desc(auditEntries.id))
    .limit(limit);
  const changes = rows.map(toChangeData);
  return audience === "public" ? changes.map(withoutEditors) : changes;
}

const NAMES_EDITOR = /^(actor|recordedBy|createdBy|revokedBy)/;

function withoutEditors(change: ChangeData): ChangeData {
  return { ...change, actor: "", before: withoutEditorColumns(change.before), after: withoutEditorColumns(change.after) };
}

function withoutEditorColumns(row: unknown): unknown {
  if (typeof row !== "object" || row === null || Array.isArray(row)) return row;
  return Object.fromEntries(Object.entries(row).filter(([key]) => !NAMES_EDITOR.test(key)));
}

