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

const globalForChanges = globalThis as unknown as { bridgewatchRecordChanges?: { count: number } };
const changes = (globalForChanges.bridgewatchRecordChanges ??= { count: 0 });

/**
 * Counts a change written by this process (every audit entry goes through db/mutations/audit.ts),
 * so a remembered version is read again at once: whoever saves and reloads sees the change.
 * Marked inside the writing transaction; PGlite runs one transaction at a time, so a read
 * that follows the mark runs after the commit. Another process's changes count within a second.
 */
export function noteRecordChange(): void {
  changes.count++;
}

/** How many changes this process has written, to tell whether a remembered version may be stale. */
export const recordChangesNoted = () => changes.count;
