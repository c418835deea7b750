import { sql } from "drizzle-orm";
import type { Db } from "../connection";
import { auditEntries } from "../schema";

/**
 * The version of the whole record: the newest audit entry's id. Every change to anything a
 * view shows (records, projects, imports, the seed) writes an audit entry in its own
 * transaction, so a new version means something may have changed, and an unchanged one that
 * nothing did. It is global, not per project, because an event belongs to several projects and
 * is audited under the one it was edited from. The primary key answers it from the index.
 */
export async function recordVersion(db: Db): Promise<number> {
  const [row] = await db.select({ version: sql<number | null>`max(${auditEntries.id})` }).from(auditEntries);
  return Number(row?.version ?? 0);
}
