/*
 * Sign-in limits (db/auth/sign-in-throttle.ts) on each backend: a guesser at one address slows
 * down by growing delays while the owner at another signs in; guessing from everywhere meets a
 * per-account ceiling that still lets in the addresses the owner signed in from. Also: expired
 * windows are deleted, the session cookie over HTTPS, and the sessions' absolute lifetime.
 */
import { eq, sql } from "drizzle-orm";
import { listSessions } from "@/db/queries/sessions";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAuth } from "@/db/auth/auth";
import { deleteExpiredWindows, hit } from "@/db/auth/rate-limit";
import { userOfRequest } from "@/db/session";
import { beforeSignIn, SIGN_IN_ACCOUNT_CEILING, SIGN_IN_PER_PAIR } from "@/db/auth/sign-in-throttle";
import { createUser } from "@/db/mutations/users";
import { rateLimits, session } from "@/db/schema";
import { backends, type TestDatabase } from "../support/test-db";

process.env.BETTER_AUTH_SECRET ||= "synthetic-test-secret-for-sign-in-limits";

describe.each(backends)("sign-in limits on $name", (backend) => {
  let t: TestDatabase;
  let n = 0;
  const email = () => `limits-${backend.name}-${++n}@bridgewatch.test`;
  const gate = (account: string, address: string) => beforeSignIn(t.db, { email: account, address });
  /** Moves the pair's last attempt back, as if `ms` had passed. */
  const wait = (account: string, address: string, ms: number) =>
    t.db
      .update(rateLimits)
      .set({ windowStartedAt: sql`${rateLimits.windowStartedAt} - ${`${ms} milliseconds`}::interval` })
      .where(eq(rateLimits.key, `sign-in:pair:${account}|${address}`));

  beforeAll(async () => {
    t = await backend.open();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("lets a guesser at one address try 5 times, then makes it wait longer each time", async () => {
    const account = email();
    for (let i = 0; i < SIGN_IN_PER_PAIR.free; i++) expect((await gate(account, "203.0.113.66")).refusal).toBeNull();
    expect((await gate(account, "203.0.113.66")).refusal).toBe("Too many failed attempts for this account. Try again in 1 minute.");

    await wait(account, "203.0.113.66", 61_000);
    expect((await gate(account, "203.0.113.66")).refusal).toBeNull();
    expect((await gate(account, "203.0.113.66")).refusal).toMatch(/Try again in 2 minutes/);
    await wait(account, "203.0.113.66", 121_000);
    expect((await gate(account, "203.0.113.66")).refusal).toBeNull();
    expect((await gate(account, "203.0.113.66")).refusal).toMatch(/Try again in 4 minutes/);
  });

  it("does not count a refused attempt, even when many arrive at once", async () => {
    const account = email();
    const results = await Promise.all(Array.from({ length: 20 }, () => gate(account, "203.0.113.67")));
    expect(results.filter((r) => r.refusal === null)).toHaveLength(SIGN_IN_PER_PAIR.free);
    const [row] = await t.db.select().from(rateLimits).where(eq(rateLimits.key, `sign-in:pair:${account}|203.0.113.67`));
    expect(row?.count).toBe(SIGN_IN_PER_PAIR.free);
  });

  it("keeps the owner's own address open while another guesses, and a success clears it", async () => {
    const account = email();
    for (let i = 0; i < 8; i++) await gate(account, "203.0.113.68");
    expect((await gate(account, "203.0.113.68")).refusal).not.toBeNull();
    for (let i = 0; i < 4; i++) expect((await gate(account, "198.51.100.5")).refusal).toBeNull();
    const owner = await gate(account, "198.51.100.5");
    expect(owner.refusal).toBeNull();
    await owner.succeeded();
    const [pair] = await t.db.select().from(rateLimits).where(eq(rateLimits.key, `sign-in:pair:${account}|198.51.100.5`));
    expect(pair).toBeUndefined();
  });

  it("past the account's ceiling, lets in only addresses that signed in to it before", async () => {
    const account = email();
    await (await gate(account, "198.51.100.7")).succeeded();
    for (let i = 0; i < SIGN_IN_ACCOUNT_CEILING.max; i++) {
      expect((await gate(account, `10.${Math.floor(i / 250)}.${i % 250}.1`)).refusal, `attempt ${i + 1}`).toBeNull();
    }
    expect((await gate(account, "192.0.2.200")).refusal).toMatch(/^This account is locked after many failed attempts from several places\. Try again in \d+ hours?, or from a network you have signed in from before\.$/);
    expect((await gate(account, "198.51.100.7")).refusal).toBeNull();
    // Another account is not affected.
    expect((await gate(email(), "192.0.2.200")).refusal).toBeNull();
  });

  it("says the same for an email that has no account: the limits tell nobody which exist", async () => {
    const nobody = `nobody-${backend.name}@bridgewatch.test`;
    for (let i = 0; i < SIGN_IN_PER_PAIR.free; i++) await gate(nobody, "203.0.113.69");
    expect((await gate(nobody, "203.0.113.69")).refusal).toBe("Too many failed attempts for this account. Try again in 1 minute.");
  });

  it("sweeps expired windows by itself on the way to a hit, at most once a minute", async () => {
    const now = Date.now();
    await t.db.insert(rateLimits).values({ key: "share:ip:192.0.2.99", count: 1, windowStartedAt: new Date(now - 120_000), expiresAt: new Date(now - 60_000) });
    const keys = async () => (await t.db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key);
    // A minute after the last sweep of this database, the next hit sweeps first.
    const clock = vi.spyOn(Date, "now").mockReturnValue(now + 61_000);
    try {
      await hit(t.db, "share:ip:192.0.2.100", { max: 5, windowMs: 60_000 });
    } finally {
      clock.mockRestore();
    }
    expect(await keys()).not.toContain("share:ip:192.0.2.99");
    expect(await keys()).toContain("share:ip:192.0.2.100");
  });

  it("deletes expired windows, such as those of forged addresses", async () => {
    await hit(t.db, "share:ip:192.0.2.1", { max: 1, windowMs: 1 });
    await hit(t.db, "share:ip:192.0.2.2", { max: 1, windowMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await deleteExpiredWindows(t.db)).toBeGreaterThanOrEqual(1);
    const keys = (await t.db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key);
    expect(keys).not.toContain("share:ip:192.0.2.1");
    expect(keys).toContain("share:ip:192.0.2.2");
  });
});

describe.each(backends)("sessions on $name", (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await backend.open();
  });
  afterAll(async () => {
    await t?.close();
  });

  async function signedIn(https: boolean, label: string) {
    const auth = createAuth(t.db, { https });
    const account = { email: `cookie-${label}-${backend.name}@bridgewatch.test`, password: `synthetic-password-${label}` };
    const created = await createUser(t.db, { ...account, role: "viewer", actor: "system" });
    const answer = await auth.api.signInCredentials({ body: account, headers: new Headers(), returnHeaders: true });
    const setCookie = answer.headers.getSetCookie().find((c) => c.includes("session_token="))!;
    return { auth, id: created.id, setCookie, headers: new Headers({ cookie: setCookie.split(";")[0]! }) };
  }

  it("over HTTPS, the session cookie is __Host- and Secure, for this host only", async () => {
    const { auth, setCookie, headers } = await signedIn(true, "https");
    expect(setCookie).toMatch(/^__Host-better-auth\.session_token=/);
    expect(setCookie).toMatch(/; Secure/i);
    expect(setCookie).toMatch(/; Path=\//i);
    expect(setCookie).not.toMatch(/; Domain=/i);
    expect(await userOfRequest(headers, auth)).not.toBeNull();
  });

  it("over plain HTTP, the cookie cannot be Secure", async () => {
    const { setCookie } = await signedIn(false, "http");
    expect(setCookie).toMatch(/^better-auth\.session_token=/);
    expect(setCookie).not.toMatch(/; Secure/i);
  });

  it("ends a session 30 days after its sign-in, however often it was renewed", async () => {
    const young = await signedIn(false, "young");
    await t.db.update(session).set({ createdAt: sql`now() - interval '29 days'` }).where(eq(session.userId, young.id));
    expect(await userOfRequest(young.headers, young.auth)).not.toBeNull();
    const old = await signedIn(false, "old");
    await t.db.update(session).set({ createdAt: sql`now() - interval '31 days'` }).where(eq(session.userId, old.id));
    expect(await userOfRequest(old.headers, old.auth)).toBeNull();
    // /account lists only the sessions that still sign in.
    expect(await listSessions(t.db, { userId: young.id })).toHaveLength(1);
    expect(await listSessions(t.db, { userId: old.id })).toEqual([]);
  });
});
