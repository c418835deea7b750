import { randomUUID } from "node:crypto";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Db } from "../connection";
import { rateLimits } from "../schema";

/** At most `max` hits within a fixed window of `windowMs`. */
export interface Limit {
  max: number;
  windowMs: number;
}

/**
 * A growing delay: the first `free` failures wait for nothing; after that each attempt must wait
 * `firstDelayMs`, doubled for every further failure, up to `maxDelayMs`, counted from the last
 * attempt. The failures are forgotten `forgetAfterMs` after the last one.
 */
export interface Backoff {
  free: number;
  firstDelayMs: number;
  maxDelayMs: number;
  forgetAfterMs: number;
}

/**
 * Wrong current passwords on /account, per account, within 15 minutes: a stolen session must
 * not turn the password form into a way to guess the password it does not know.
 */
export const PASSWORD_CHECKS_PER_ACCOUNT: Limit = { max: 5, windowMs: 15 * 60_000 };

export interface LimitState {
  limited: boolean;
  retryAfterSeconds: number;
}

/** Share-token lookups per client address, within a minute. */
export const SHARE_LOOKUPS_PER_IP: Limit = { max: 120, windowMs: 60_000 };

/*
 * Fixed windows kept in the database, so every app server counts the same attempts and a
 * restart forgets nothing. One upsert per hit, counted before the attempt is tried: atomic
 * under concurrency, so a burst of parallel guesses cannot slip past the limit.
 */
export async function hit(db: Db, key: string, limit: Limit): Promise<LimitState> {
  await sweepNowAndThen(db);
  const window = `${limit.windowMs} milliseconds`;
  const expired = sql`${rateLimits.expiresAt} <= now()`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, count: 1, windowStartedAt: sql`now()`, expiresAt: sql`now() + ${window}::interval` })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
        windowStartedAt: sql`case when ${expired} then now() else ${rateLimits.windowStartedAt} end`,
        expiresAt: sql`case when ${expired} then now() + ${window}::interval else ${rateLimits.expiresAt} end`,
      },
    })
    .returning({ count: rateLimits.count, expiresAt: rateLimits.expiresAt });
  if (!row || row.count <= limit.max) return { limited: false, retryAfterSeconds: 0 };
  return { limited: true, retryAfterSeconds: secondsUntil(row.expiresAt) };
}

/**
 * One attempt under a growing delay: counted (as a failure, until `clear` says it was not) only
 * when its wait is over, in the same statement that checks the wait, so parallel attempts
 * cannot share one opening.
 */
export async function attempt(db: Db, key: string, backoff: Backoff): Promise<LimitState & { failures: number }> {
  await sweepNowAndThen(db);
  const forget = `${backoff.forgetAfterMs} milliseconds`;
  const expired = sql`${rateLimits.expiresAt} <= now()`;
  // The wait after `count` failures, counted from the last one (window_started_at).
  const waitMs = sql`case when ${rateLimits.count} < ${backoff.free} then 0
    else least(${backoff.firstDelayMs}::float8 * power(2, ${rateLimits.count} - ${backoff.free}), ${backoff.maxDelayMs}::float8) end`;
  const open = sql`(${expired} or ${rateLimits.windowStartedAt} + ${waitMs} * interval '1 millisecond' <= now())`;
  // Whether this attempt was the one counted: its own id, written only when it is. (Not the row's
  // time against now(): two attempts in one tick of the clock, as PGlite's can be, share it.)
  const id = randomUUID();
  const [row] = await db
    .insert(rateLimits)
    .values({ key, count: 1, windowStartedAt: sql`now()`, expiresAt: sql`now() + ${forget}::interval`, countedAttempt: id })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${expired} then 1 when ${open} then ${rateLimits.count} + 1 else ${rateLimits.count} end`,
        windowStartedAt: sql`case when ${open} then now() else ${rateLimits.windowStartedAt} end`,
        expiresAt: sql`case when ${open} then now() + ${forget}::interval else ${rateLimits.expiresAt} end`,
        countedAttempt: sql`case when ${open} then ${id} else ${rateLimits.countedAttempt} end`,
      },
    })
    .returning({ count: rateLimits.count, lastAt: rateLimits.windowStartedAt, counted: sql<boolean>`${rateLimits.countedAttempt} = ${id}` });
  if (!row) return { limited: false, retryAfterSeconds: 0, failures: 0 };
  if (row.counted) return { limited: false, retryAfterSeconds: 0, failures: row.count };
  const waitFor = backoffDelayMs(backoff, row.count);
  return { limited: true, retryAfterSeconds: secondsUntil(new Date(row.lastAt.getTime() + waitFor)), failures: row.count };
}

/** The wait after `failures` failures, as the SQL above reckons it. */
export function backoffDelayMs(backoff: Backoff, failures: number): number {
  if (failures < backoff.free) return 0;
  return Math.min(backoff.firstDelayMs * 2 ** (failures - backoff.free), backoff.maxDelayMs);
}

/** Gives back one hit, e.g. a sign-in that succeeded: only failures should use up the limit. */
export async function refund(db: Db, key: string): Promise<void> {
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(eq(rateLimits.key, key));
}

export async function clear(db: Db, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/** Notes `key` for `forMs`: e.g. that an address has signed in to an account. */
export async function remember(db: Db, key: string, forMs: number): Promise<void> {
  const until = sql`now() + ${`${forMs} milliseconds`}::interval`;
  await db
    .insert(rateLimits)
    .values({ key, count: 1, windowStartedAt: sql`now()`, expiresAt: until })
    .onConflictDoUpdate({ target: rateLimits.key, set: { windowStartedAt: sql`now()`, expiresAt: until } });
}

export async function isRemembered(db: Db, key: string): Promise<boolean> {
  const [row] = await db
    .select({ key: rateLimits.key })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), gt(rateLimits.expiresAt, sql`now()`)));
  return Boolean(row);
}

/** Deletes every row whose window is over: each forged address or token would otherwise stay for good. */
export async function deleteExpiredWindows(db: Db): Promise<number> {
  const gone = await db.delete(rateLimits).where(lt(rateLimits.expiresAt, sql`now()`)).returning({ key: rateLimits.key });
  return gone.length;
}

const SWEEP_EVERY_MS = 60_000;
const lastSweep = new WeakMap<Db, number>();

/* At most once a minute per database and process, before a hit: one small indexed delete. */
async function sweepNowAndThen(db: Db) {
  const now = Date.now();
  if (now - (lastSweep.get(db) ?? 0) < SWEEP_EVERY_MS) return;
  lastSweep.set(db, now);
  await deleteExpiredWindows(db);
}

function secondsUntil(when: Date): number {
  return Math.max(1, Math.ceil((when.getTime() - Date.now()) / 1000));
}

/** A limit's wait for the person refused: "45 seconds", "1 minute", "15 minutes", "3 hours". */
export function waitInWords(seconds: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (seconds < 60) return plural(seconds, "second");
  if (seconds < 3600) return plural(Math.ceil(seconds / 60), "minute");
  return plural(Math.ceil(seconds / 3600), "hour");
}
