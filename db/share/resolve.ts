import "server-only";
/*
 * The request-time path of a share link (/s/[token], its data route and its preview image).
 * Links spread, so a view must be cheap: a valid token is remembered in memory for at most one
 * second, the dashboard it shows too, and views are counted in memory and written at most once
 * a second. One second is also the bound on staleness: a link revoked or expired on any app
 * server stops working everywhere within it, because no cache here outlives it.
 */
import { hit, refund, SHARE_LOOKUPS_PER_IP } from "../auth/rate-limit";
import { getDb } from "../client";
import type { Db } from "../connection";
import type { DashboardData } from "../dashboard-data";
import { hashShareToken, isWellFormedShareToken } from "../domain/share-token";
import { todayIso } from "../domain/today";
import { recordShareViews, type ViewTally } from "../mutations/share-links";
import { getDashboard } from "../queries/dashboard";
import { resolveShareToken, type ResolvedShareLink } from "../queries/share-links";
import { toPublicDashboard } from "./public-dashboard";

/** How long anything read for a share link may be reused. Revocation is effective within this. */
export const SHARE_CACHE_MS = 1000;
/** Views are written at most this often. */
export const VIEW_FLUSH_MS = 1000;
/** Bounds the memory a flood of distinct tokens or addresses can take. */
const MAX_ENTRIES = 10_000;

export type ShareAccess =
  | { ok: true; link: ResolvedShareLink }
  | { ok: false; limited: boolean; retryAfterSeconds: number };

/** What this request does with the link: a page view counts, a data poll only marks it used, a preview neither. */
export type ShareUse = "view" | "poll" | "preview";

interface Expiring<T> {
  value: T;
  until: number;
}

interface ShareState {
  links: Map<string, Expiring<ResolvedShareLink>>;
  lookups: Map<string, Promise<ResolvedShareLink | null>>;
  blocked: Map<string, number>;
  dashboards: Map<string, Expiring<Promise<DashboardData | null>>>;
  tallies: Map<string, ViewTally>;
  tallyDb?: Db;
  flushTimer?: NodeJS.Timeout;
}

// On globalThis: the page, the data route and the image route must share one set of caches and counts.
const globalForShare = globalThis as unknown as { bridgewatchShare?: ShareState };
const state: ShareState = (globalForShare.bridgewatchShare ??= {
  links: new Map(),
  lookups: new Map(),
  blocked: new Map(),
  dashboards: new Map(),
  tallies: new Map(),
});

/*
 * Views still in memory are written before the database closes on SIGTERM or SIGINT: db/client.ts
 * runs this set's tasks first. A set on globalThis, because the proxy and the app each load
 * their own copy of this module; every copy flushes the same counts.
 */
const globalForClose = globalThis as unknown as { bridgewatchBeforeClose?: Set<() => Promise<void>> };
(globalForClose.bridgewatchBeforeClose ??= new Set()).add(() => flushShareViews());

function remember<K, V>(map: Map<K, V>, key: K, value: V) {
  if (map.size >= MAX_ENTRIES) map.clear();
  map.set(key, value);
}

const NOT_FOUND: ShareAccess = { ok: false, limited: false, retryAfterSeconds: 0 };

/**
 * Opens a share link for one request. Every bad token gets the same answer. Lookups that reach
 * the database are counted against the caller's address first (so parallel guesses cannot
 * outrun the limit) and given back when the token was good: only failures use up the limit.
 */
export async function openShareLink(
  token: string,
  options: { ip: string; use: ShareUse; db?: Db; now?: Date },
): Promise<ShareAccess> {
  if (!isWellFormedShareToken(token)) return NOT_FOUND;
  const now = options.now ?? new Date();
  const hash = hashShareToken(token);
  const cached = state.links.get(hash);
  let link = cached && cached.until > now.getTime() ? cached.value : null;

  if (!link) {
    const db = options.db ?? (await getDb());
    const pending = state.lookups.get(hash);
    if (pending) {
      link = await pending;
    } else {
      const blockedUntil = state.blocked.get(options.ip) ?? 0;
      if (blockedUntil > now.getTime()) return limited(blockedUntil - now.getTime());
      const key = `share:ip:${options.ip}`;
      const limit = await hit(db, key, SHARE_LOOKUPS_PER_IP);
      if (limit.limited) {
        remember(state.blocked, options.ip, now.getTime() + limit.retryAfterSeconds * 1000);
        return limited(limit.retryAfterSeconds * 1000);
      }
      const lookup = resolveShareToken(db, { token, now });
      state.lookups.set(hash, lookup);
      try {
        link = await lookup;
      } finally {
        state.lookups.delete(hash);
      }
      if (link) {
        await refund(db, key);
        const lifetime = link.expiresAt ? link.expiresAt.getTime() - now.getTime() : SHARE_CACHE_MS;
        remember(state.links, hash, { value: link, until: now.getTime() + Math.min(SHARE_CACHE_MS, lifetime) });
      }
    }
  }
  if (!link) return NOT_FOUND;
  if (options.use !== "preview") countUse(options.db, link.linkId, options.use === "view" ? 1 : 0, now);
  return { ok: true, link };
}

function limited(ms: number): ShareAccess {
  return { ok: false, limited: true, retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) };
}

/** Drops every remembered token, e.g. right after a revoke on this server (others catch up within a second). */
export function forgetShareLinks(): void {
  state.links.clear();
}

/** The public dashboard of a project, shared by all links to it for at most a second. */
export function getSharedDashboard(slug: string, options: { db?: Db; now?: Date } = {}): Promise<DashboardData | null> {
  const now = options.now ?? new Date();
  const today = todayIso(now);
  const key = `${slug}\n${today}`;
  const cached = state.dashboards.get(key);
  if (cached && cached.until > now.getTime()) return cached.value;
  const value = (options.db ? Promise.resolve(options.db) : getDb())
    .then((db) => getDashboard(db, { slug, today, audience: "public" }))
    .then((data) => (data ? toPublicDashboard(data) : null));
  remember(state.dashboards, key, { value, until: now.getTime() + SHARE_CACHE_MS });
  // A failed read must not be served for the next second.
  value.catch(() => state.dashboards.delete(key));
  return value;
}

function countUse(db: Db | undefined, linkId: string, views: number, at: Date) {
  const tally = state.tallies.get(linkId);
  if (tally) {
    tally.views += views;
    if (at > tally.lastUsedAt) tally.lastUsedAt = at;
  } else {
    state.tallies.set(linkId, { views, lastUsedAt: at });
  }
  if (db) state.tallyDb = db;
  scheduleFlush();
}

function scheduleFlush() {
  if (state.flushTimer) return;
  state.flushTimer = setTimeout(() => void flushShareViews(), VIEW_FLUSH_MS);
  // Pending counts alone must not keep a process alive.
  state.flushTimer.unref();
}

/** Writes the views counted since the last flush. Called by the timer, and on shutdown. */
export async function flushShareViews(): Promise<void> {
  clearTimeout(state.flushTimer);
  state.flushTimer = undefined;
  if (state.tallies.size === 0) return;
  const batch = new Map(state.tallies);
  state.tallies.clear();
  const db = state.tallyDb ?? (await getDb());
  try {
    await recordShareViews(db, { tallies: batch });
  } catch (error) {
    // Keep the counts for the next flush rather than lose them.
    for (const [id, tally] of batch) {
      const later = state.tallies.get(id);
      const lastUsedAt = later && later.lastUsedAt > tally.lastUsedAt ? later.lastUsedAt : tally.lastUsedAt;
      state.tallies.set(id, { views: tally.views + (later?.views ?? 0), lastUsedAt });
    }
    scheduleFlush();
    console.error("Could not record share-link views", error);
  }
}
