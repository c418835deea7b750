import "server-only";
import { and, desc, eq, gt, notExists, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../connection";
import type { ChangeData } from "../dashboard-data";
import type { HistoryEntity } from "../records";
import { auditEntries } from "../schema";
import { toChangeData } from "./mappers";

/** Enough for any record's life on a dashboard; the oldest entries beyond it are left out. */
const MAX_ENTRIES = 200;

/**
 * One record's own history, newest first: every audit entry about it within the project. A
 * record of another project answers with nothing, whatever its id.
 */
export async function getRecordHistory(
  database: Db,
  { projectId, entity, entityId }: { projectId: string; entity: HistoryEntity; entityId: string },
): Promise<ChangeData[]> {
  const rows = await database
    .select()
    .from(auditEntries)
    .where(and(eq(auditEntries.projectId, projectId), eq(auditEntries.entity, entity), eq(auditEntries.entityId, entityId)))
    .orderBy(desc(auditEntries.at), desc(auditEntries.id))
    .limit(MAX_ENTRIES);
  return rows.map(toChangeData);
}

/** Deleted records an editor's list offers to restore, newest first; older ones beyond it are counted out. */
export const MAX_DELETED = 100;

/**
 * The records of one type deleted from the project and not brought back since: each one's
 * delete entry (which holds the row as it was), newest first. An entry is left out once any
 * later entry names the record (its restore), so a record is offered once, however often it
 * was deleted and restored before.
 */
export async function listDeletedRecords(
  database: Db,
  { projectId, entity }: { projectId: string; entity: HistoryEntity },
): Promise<ChangeData[]> {
  const later = alias(auditEntries, "later");
  const rows = await database
    .select()
    .from(auditEntries)
    .where(
      and(
        eq(auditEntries.projectId, projectId),
        eq(auditEntries.entity, entity),
        eq(auditEntries.action, "delete"),
        notExists(
          database
            .select({ one: sql`1` })
            .from(later)
            .where(and(eq(later.entity, auditEntries.entity), eq(later.entityId, auditEntries.entityId), gt(later.id, auditEntries.id))),
        ),
      ),
    )
    .orderBy(desc(auditEntries.id))
    .limit(MAX_DELETED);
  return rows.map(toChangeData);
}
