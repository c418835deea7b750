/*
 * Session lookups are remembered for at most a second, never past the session's own end, and
 * forgotten at once on this server when the account is disabled, its role changes or the
 * session signs out. The cache under a clock of the test's own; then getCurrentUser's lookup
 * with better-auth stubbed, to show what reaches it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SESSION_CACHE_MS, SessionCache, processSessions, type FoundSession } from "@/db/auth/session-cache";

const ALICE = { id: "user-alice", email: "alice@bridgewatch.test", name: "Alice", role: "editor" as const };
const LATER = new Date("2030-01-01T00:00:00Z");

function setUp() {
  let now = 1_000_000;
  const clock = { now: () => now, advance: (ms: number) => (now += ms) };
  const cache = new SessionCache<typeof ALICE>({ now: clock.now });
  const loads: string[] = [];
  const lookup = (token: string, found: FoundSession<typeof ALICE> | null = { user: ALICE, userId: ALICE.id, expiresAt: LATER }) =>
    cache.lookup(token, async () => {
      loads.push(token);
      return found;
    });
  return { clock, cache, loads, lookup };
}

describe("the session cache", () => {
  it("answers from memory for less than a second, then asks again", async () => {
    const { clock, loads, lookup } = setUp();
    expect(await lookup("token-a")).toEqual(ALICE);
    clock.advance(SESSION_CACHE_MS - 1);
    expect(await lookup("token-a")).toEqual(ALICE);
    expect(loads).toEqual(["token-a"]);
    clock.advance(1);
    await lookup("token-a");
    expect(loads).toEqual(["token-a", "token-a"]);
  });

  it("never answers for a session past its own expiry", async () => {
    const { clock, loads, lookup } = setUp();
    const expiresAt = new Date(clock.now() + 300);
    await lookup("token-a", { user: ALICE, userId: ALICE.id, expiresAt });
    clock.advance(300);
    await lookup("token-a", null);
    expect(loads).toEqual(["token-a", "token-a"]);
  });

  it("does not remember a cookie the lookup refused", async () => {
    const { loads, lookup } = setUp();
    expect(await lookup("forged", null)).toBeNull();
    expect(await lookup("forged", null)).toBeNull();
    expect(loads).toEqual(["forged", "forged"]);
  });

  it("forgets every session of an account at once when it is disabled or its role changes", async () => {
    const { cache, loads, lookup } = setUp();
    await lookup("alice-laptop");
    await lookup("alice-phone");
    await lookup("bob", { user: { ...ALICE, id: "user-bob" }, userId: "user-bob", expiresAt: LATER });
    cache.forgetUser(ALICE.id);
    expect(await lookup("alice-laptop", null)).toBeNull();
    expect(await lookup("alice-phone", null)).toBeNull();
    await lookup("bob");
    expect(loads).toEqual(["alice-laptop", "alice-phone", "bob", "alice-laptop", "alice-phone"]);
  });

  it("forgets a session at once when it signs out", async () => {
    const { cache, loads, lookup } = setUp();
    await lookup("token-a");
    cache.forgetToken("token-a");
    expect(await lookup("token-a", null)).toBeNull();
    expect(loads).toEqual(["token-a", "token-a"]);
  });

  it("does not keep what a lookup read before a forget that happened while it ran", async () => {
    const { cache, loads } = setUp();
    let finish!: (found: FoundSession<typeof ALICE>) => void;
    const racing = cache.lookup("token-a", () => new Promise((resolve) => (finish = resolve)));
    cache.forgetUser(ALICE.id);
    finish({ user: ALICE, userId: ALICE.id, expiresAt: LATER });
    expect(await racing).toEqual(ALICE);
    expect(cache.size).toBe(0);
    expect(loads).toEqual([]);
  });

  it("holds a bounded number of sessions, dropping the oldest", async () => {
    let now = 0;
    const cache = new SessionCache<string>({ now: () => now, maxEntries: 2 });
    const found = (user: string) => async () => ({ user, userId: user, expiresAt: LATER });
    await cache.lookup("a", found("a"));
    await cache.lookup("b", found("b"));
    await cache.lookup("c", found("c"));
    expect(cache.size).toBe(2);
    now += 1;
    expect(await cache.lookup("a", found("a again"))).toBe("a again");
  });
});

/* getCurrentUser's lookup, with better-auth's getSession stubbed and counted. */
const auth = vi.hoisted(() => ({
  calls: 0,
  answer: null as null | { user: Record<string, unknown>; session: { expiresAt: Date; createdAt?: Date } },
}));

vi.mock("@/db/client", () => ({ getDb: async () => ({}) }));
vi.mock("@/db/auth/auth", () => ({
  SESSION_ABSOLUTE_DAYS: 30,
  createAuth: () => ({
    $context: Promise.resolve({ authCookies: { sessionToken: { name: "better-auth.session_token" } } }),
    api: {
      getSession: async () => {
        auth.calls++;
        return auth.answer;
      },
    },
  }),
}));

describe("getCurrentUser's lookup", async () => {
  const { forgetSessionOf, userOfRequest } = await import("@/db/session");
  const withCookie = (value: string) => new Headers({ cookie: `theme=dark; better-auth.session_token=${value}` });

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-12-01T12:00:00Z"));
    auth.calls = 0;
    auth.answer = { user: { ...ALICE, disabled: false, emailVerified: true }, session: { expiresAt: LATER, createdAt: new Date("2026-11-30T12:00:00Z") } };
  });
  afterEach(() => {
    vi.advanceTimersByTime(SESSION_CACHE_MS);
    vi.useRealTimers();
  });

  it("asks better-auth once a second per session, and answers only the user's fields", async () => {
    expect(await userOfRequest(withCookie("one.sig"))).toEqual(ALICE);
    expect(await userOfRequest(withCookie("one.sig"))).toEqual(ALICE);
    expect(auth.calls).toBe(1);
    vi.advanceTimersByTime(SESSION_CACHE_MS);
    await userOfRequest(withCookie("one.sig"));
    expect(auth.calls).toBe(2);
  });

  it("asks nobody without a session cookie", async () => {
    expect(await userOfRequest(new Headers({ cookie: "theme=dark" }))).toBeNull();
    expect(await userOfRequest(new Headers())).toBeNull();
    expect(auth.calls).toBe(0);
  });

  it("refuses a disabled account, and asks again next time", async () => {
    auth.answer = { user: { ...ALICE, disabled: true }, session: { expiresAt: LATER, createdAt: new Date("2026-11-30T12:00:00Z") } };
    expect(await userOfRequest(withCookie("two.sig"))).toBeNull();
    expect(await userOfRequest(withCookie("two.sig"))).toBeNull();
    expect(auth.calls).toBe(2);
  });

  it("after signing out, the session is looked up again at once", async () => {
    await userOfRequest(withCookie("three.sig"));
    await forgetSessionOf(withCookie("three.sig"));
    auth.answer = null;
    expect(await userOfRequest(withCookie("three.sig"))).toBeNull();
    expect(auth.calls).toBe(2);
  });

  it("refuses a session signed in more than 30 days ago, however recently renewed", async () => {
    auth.answer = { user: { ...ALICE, disabled: false }, session: { expiresAt: LATER, createdAt: new Date("2026-10-31T11:59:00Z") } };
    expect(await userOfRequest(withCookie("old-session"))).toBeNull();
  });

  it("after an account is disabled on this server, its sessions are looked up again at once", async () => {
    await userOfRequest(withCookie("four.sig"));
    processSessions().forgetUser(ALICE.id);
    auth.answer = null;
    expect(await userOfRequest(withCookie("four.sig"))).toBeNull();
  });
});
