/* Reading an account's sessions. No `server-only` here: the integration tests read them directly. */
import { and, desc, eq, gt } from "drizzle-orm";
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

/** The account's sessions that have not expired, the most recently active first. */
export function listSessions(db: Db, { userId }: { userId: string }): Promise<SessionSummary[]> {
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
    .where(and(eq(session.userId, userId), gt(session.expiresAt, new Date())))
    .orderBy(desc(session.updatedAt), desc(session.createdAt));
}
