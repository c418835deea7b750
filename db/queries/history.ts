import "server-only";
import { and, desc, eq } from "drizzle-orm";
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
