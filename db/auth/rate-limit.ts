import { sql } from "drizzle-orm";
import type { Db } from "../connection";
import { rateLimits } from "../schema";

export interface Limit {
  max: number;
  windowMs: number;
}

/** Sign-in: failures per account, and per IP address, within 15 minutes. */
export const SIGN_IN_PER_ACCOUNT: Limit = { max: 5, windowMs: 15 * 60_000 };
export const SIGN_IN_PER_IP: Limit = { max: 20, windowMs: 15 * 60_000 };
/**
 * Wrong current passwords on /account, per account, within 15 minutes: a stolen session must
 * not turn the password form into a way to guess the password it does not know.
 */
export const PASSWORD_CHECKS_PER_ACCOUNT: Limit = { max: 5, windowMs: 15 * 60_000 };
/** Share-token lookups per IP address, within a minute. */
export const SHARE_LOOKUPS_PER_IP: Limit = { max: 120, windowMs: 60_000 };

export interface LimitState {
  limited: boolean;
  retryAfterSeconds: number;
}

/*
 * Fixed windows kept in the database, so every app server counts the same attempts and a
 * restart forgets nothing. One upsert per hit, counted before the attempt is tried: atomic
 * under concurrency, so a burst of parallel guesses cannot slip past the limit.
 */
export async function hit(db: Db, key: string, limit: Limit): Promise<LimitState> {
  const window = `${limit.windowMs} milliseconds`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, count: 1, windowStartedAt: sql`now()` })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowStartedAt} < now() - ${window}::interval then 1 else ${rateLimits.count} + 1 end`,
        windowStartedAt: sql`case when ${rateLimits.windowStartedAt} < now() - ${window}::interval then now() else ${rateLimits.windowStartedAt} end`,
      },
    })
    .returning({ count: rateLimits.count, startedAt: rateLimits.windowStartedAt });
  return stateOf(row, limit);
}

/** Gives back one hit, e.g. a sign-in that succeeded: only failures should use up the limit. */
export async function refund(db: Db, key: string): Promise<void> {
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(sql`${rateLimits.key} = ${key}`);
}

export async function clear(db: Db, key: string): Promise<void> {
  await db.delete(rateLimits).where(sql`${rateLimits.key} = ${key}`);
}

function stateOf(row: { count: number; startedAt: Date } | undefined, limit: Limit): LimitState {
  if (!row) return { limited: false, retryAfterSeconds: 0 };
  const limited = row.count > limit.max;
  const resetsAt = row.startedAt.getTime() + limit.windowMs;
  return { limited, retryAfterSeconds: limited ? Math.max(1, Math.ceil((resetsAt - Date.now()) / 1000)) : 0 };
}
