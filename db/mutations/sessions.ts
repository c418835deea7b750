/*
 * Ending sessions, each in one transaction with its audit entry. A session is a row of
 * better-auth's `session` table: deleting it is what signing out is, for every app server.
 * The per-process cache (db/auth/session-cache.ts) is told once the deletion is committed.
 */
import { and, eq, ne } from "drizzle-orm";
import type { Db } from "../connection";
import { session } from "../schema";
import { recordAudit, type Actor } from "./audit";
import { RuleError } from "./errors";
import { inTransaction } from "./transaction";
import { forgettingSessions } from "./users";

/**
 * Deletes the account's sessions, all of them or all but `keepSessionId`, inside the caller's
 * transaction; answers how many ended. For writes that end sessions as part of a change
 * (a new password), which then audit the change as a whole.
 */
export async function deleteSessions(tx: Db, { userId, keepSessionId }: { userId: string; keepSessionId?: string }): Promise<number> {
  const ended = await tx
    .delete(session)
    .where(keepSessionId ? and(eq(session.userId, userId), ne(session.id, keepSessionId)) : eq(session.userId, userId))
    .returning({ id: session.id });
  return ended.length;
}

/** "Sign out everywhere" (keepSessionId unset), or "everywhere else": answers how many sessions ended. */
export async function endSessions(
  db: Db,
  { userId, keepSessionId, actor }: { userId: string; keepSessionId?: string; actor: Actor },
): Promise<number> {
  return forgettingSessions(userId, inTransaction(db, async (tx) => {
    const ended = await deleteSessions(tx, { userId, keepSessionId });
    await recordAudit(tx, { actor, action: "end-sessions", entity: "user", entityId: userId, after: { ended, keptCurrent: !!keepSessionId } });
    return ended;
  }));
}

/** Ends one session of the account; the account's id in the `where` keeps it to the caller's own. */
export async function endSession(db: Db, { userId, sessionId, actor }: { userId: string; sessionId: string; actor: Actor }): Promise<void> {
  await forgettingSessions(userId, inTransaction(db, async (tx) => {
    const [ended] = await tx
      .delete(session)
      .where(and(eq(session.id, sessionId), eq(session.userId, userId)))
      .returning({ id: session.id });
    if (!ended) throw new RuleError("That session has already ended.");
    await recordAudit(tx, { actor, action: "end-sessions", entity: "user", entityId: userId, after: { ended: 1 } });
  }));
}

