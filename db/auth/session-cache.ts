/*
 * Whose a session cookie is, remembered for at most a second, so that a page and the actions and
 * polls around it ask the database once rather than on every request. A second is what a revoked
 * session, a disabled account or a changed role may take to reach every server on the database;
 * on this server, disabling, a role change and signing out forget at once (forgetUser,
 * forgetToken). Only what the authoritative lookup (better-auth's getSession) answered is kept:
 * an unknown, forged or expired cookie is looked up again every time.
 */
import type { CurrentUser } from "./current-user";

export const SESSION_CACHE_MS = 1000;
const MAX_ENTRIES = 10_000;

/** What the lookup found: the user to answer with, whose account it is, and when the session ends. */
export interface FoundSession<U> {
  user: U;
  userId: string;
  expiresAt: Date;
}

interface Entry<U> {
  user: U;
  userId: string;
  /** Epoch ms until which the entry may answer. */
  until: number;
}

export interface SessionCacheOptions {
  ttlMs?: number;
  now?: () => number;
  maxEntries?: number;
}

export class SessionCache<U> {
  private readonly entries = new Map<string, Entry<U>>();
  /** Counts the forgets: a lookup that started before one may answer its caller, but is not kept. */
  private generation = 0;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly maxEntries: number;

  constructor({ ttlMs = SESSION_CACHE_MS, now = Date.now, maxEntries = MAX_ENTRIES }: SessionCacheOptions = {}) {
    this.ttlMs = ttlMs;
    this.now = now;
    this.maxEntries = maxEntries;
  }

  /**
   * The user of the session `token` (the signed cookie value): remembered, or from `load`, then
   * kept from the moment the lookup started until the sooner of the cache's time and the
   * session's own expiry.
   */
  async lookup(token: string, load: () => Promise<FoundSession<U> | null>): Promise<U | null> {
    const started = this.now();
    const hit = this.entries.get(token);
    if (hit && hit.until > started) return hit.user;
    if (hit) this.entries.delete(token);
    const generation = this.generation;
    const found = await load();
    if (!found) return null;
    const until = Math.min(started + this.ttlMs, found.expiresAt.getTime());
    if (generation === this.generation && until > this.now()) this.keep(token, { user: found.user, userId: found.userId, until });
    return found.user;
  }

  /** After a sign-out: this session answers nobody from memory. */
  forgetToken(token: string): void {
    this.generation++;
    this.entries.delete(token);
  }

  /** After an account is disabled or its role changes: none of its sessions answer from memory. */
  forgetUser(userId: string): void {
    this.generation++;
    for (const [token, entry] of this.entries) if (entry.userId === userId) this.entries.delete(token);
  }

  get size(): number {
    return this.entries.size;
  }

  private keep(token: string, entry: Entry<U>) {
    if (this.entries.size >= this.maxEntries) {
      const now = this.now();
      for (const [key, old] of this.entries) if (old.until <= now) this.entries.delete(key);
      // Still full: the oldest entries go first (a Map keeps insertion order).
      for (const key of this.entries.keys()) {
        if (this.entries.size < this.maxEntries) break;
        this.entries.delete(key);
      }
    }
    this.entries.set(token, entry);
  }
}

/*
 * One per process, on globalThis: the server bundles load this module more than once (a page's
 * layer, an action's), and a forget must reach the copy every lookup reads.
 */
const globalForSessions = globalThis as unknown as { bridgewatchSessions?: SessionCache<CurrentUser> };

export function processSessions(): SessionCache<CurrentUser> {
  return (globalForSessions.bridgewatchSessions ??= new SessionCache<CurrentUser>());
}
