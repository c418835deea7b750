/* Reading an account's sessions. No `server-only` here: the integration tests read them directly. */
import { and, desc, eq, gt, gte } from "drizzle-orm";
import { SESSION_ABSOLUTE_DAYS } from "../auth/auth";
import type { Db } from "../connection";
import { session } from "../schema";

/** A session as /account shows it: never its token, which is what a cookie holds. */
export interface SessionSummary {
  id: string;
  createdAt: Date;
  /** When better-auth last refreshed it: at most a day behind its last use (db/auth/auth.ts, updateAge). */
  updatedAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  ipAddress: string | null;
}

/** The account's sessions that still sign it in, the most recently active first: not expired, and signed in within the absolute lifetime. */
export function listSessions(db: Db, { userId, now = new Date() }: { userId: string; now?: Date }): Promise<SessionSummary[]> {
  const signedInSince = new Date(now.getTime() - SESSION_ABSOLUTE_DAYS * 24 * 60 * 60 * 1000);
  return db
    .select({
      id: session.id,
      createdAt: session.createdAt,
      updatedAt: session.updatedAt,
      expiresAt: session.expiresAt,
      userAgent: session.userAgent,
      ipAddress: session.ipAddress,
    })
    .from(session)
    .where(and(eq(session.userId, userId), gt(session.expiresAt, now), gte(session.createdAt, signedInSince)))
    .orderBy(desc(session.updatedAt), desc(session.createdAt));
}
