/*
 * Passwords and sessions, through the server actions a browser calls, on each backend, with
 * real better-auth sessions: changing one's own password keeps this session and ends the
 * others; a wrong current password changes nothing and is rate limited; an admin's reset ends
 * every session; only admins reset; signing out everywhere ends every session of one's own.
 * Only Next's request plumbing is stubbed: the request's cookie, and the cache invalidation.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createAuth, type Auth } from "@/db/auth/auth";
import { createUser } from "@/db/mutations/users";
import { listSessions } from "@/db/queries/sessions";
import { account, auditEntries } from "@/db/schema";
import type { UserRole } from "@/db/schema";
import { backends, type TestDatabase } from "../support/test-db";

process.env.BETTER_AUTH_SECRET ||= "synthetic-test-secret-for-passwords";

const stub = vi.hoisted(() => ({ db: undefined as unknown, auth: undefined as unknown, headers: new Headers() }));

vi.mock("@/db/client", () => ({ getDb: async () => stub.db }));
vi.mock("next/headers", () => ({ headers: async () => stub.headers }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
/* The caller is whoever the stubbed request's cookie names, looked up by this backend's better-auth. */
vi.mock("@/db/session", async (original) => {
  const real = await original<typeof import("@/db/session")>();
  return {
    ...real,
    getCurrentUser: () => real.userOfRequest(stub.headers, stub.auth as Auth),
    currentSessionOf: (h: Headers) => real.currentSessionOf(h, stub.auth as Auth),
  };
});

const { changeOwnPassword, signOutEverywhere, signOutSession } = await import("@/app/(workspace)/account/actions");
const { resetUserPassword } = await import("@/app/(workspace)/admin/users/actions");
const { userOfRequest, currentSessionOf } = await import("@/db/session");

describe.each(backends)("passwords and sessions on $name", (backend) => {
  let t: TestDatabase;
  let auth: Auth;
  let n = 0;

  /** Signs in with email and password: the headers the browser then sends, or null when refused. */
  async function signIn(credentials: { email: string; password: string }): Promise<Headers | null> {
    try {
      const signedIn = await auth.api.signInCredentials({ body: credentials, headers: new Headers(), returnHeaders: true });
      const cookie = signedIn.headers
        .getSetCookie()
        .map((c) => c.split(";")[0]!)
        .find((c) => c.includes("session_token="))!;
      return new Headers({ cookie });
    } catch {
      return null;
    }
  }

  /** A new synthetic account, signed in twice: two browsers of one person. */
  async function person(role: UserRole = "viewer") {
    const credentials = { email: `passwords-${++n}@bridgewatch.test`, password: `synthetic-password-${n}` };
    const created = await createUser(t.db, { ...credentials, role, actor: "system" });
    const here = (await signIn(credentials))!;
    const elsewhere = (await signIn(credentials))!;
    return { id: created.id, ...credentials, here, elsewhere };
  }

  const signedIn = async (headers: Headers) => (await userOfRequest(headers, auth)) !== null;
  const hashOf = async (userId: string) => (await t.db.select({ password: account.password }).from(account).where(eq(account.userId, userId)))[0]?.password;
  const as = (headers: Headers | null) => (stub.headers = headers ?? new Headers());

  beforeAll(async () => {
    t = await backend.open();
    auth = createAuth(t.db);
    stub.db = t.db;
    stub.auth = auth;
  });
  beforeEach(() => as(null));
  afterAll(async () => {
    await t?.close();
  });

  it("changing one's own password keeps this session, ends the others, and the old password stops working", async () => {
    const me = await person();
    const thisSession = await currentSessionOf(me.here, auth);
    as(me.here);
    const result = await changeOwnPassword({ currentPassword: me.password, newPassword: "a-new-synthetic-password", confirmPassword: "a-new-synthetic-password" });
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining("1 other session has ended") });

    expect(await signedIn(me.here)).toBe(true);
    expect(await signedIn(me.elsewhere)).toBe(false);
    expect((await listSessions(t.db, { userId: me.id })).map((s) => s.id)).toEqual([thisSession!.id]);
    expect(await signIn(me)).toBeNull();
    expect(await signIn({ email: me.email, password: "a-new-synthetic-password" })).not.toBeNull();

    const [entry] = await t.db.select().from(auditEntries).where(and(eq(auditEntries.entityId, me.id), eq(auditEntries.action, "set-password")));
    expect(entry).toMatchObject({ action: "set-password", actorId: me.id, after: { endedSessions: 1, keptCurrent: true } });
    expect(JSON.stringify(entry)).not.toContain("a-new-synthetic-password");
  });

  it("a wrong current password is refused and changes nothing; after five wrong ones even the right one must wait", async () => {
    const me = await person();
    const hash = await hashOf(me.id);
    as(me.here);
    for (let i = 0; i < 5; i++) {
      const wrong = await changeOwnPassword({ currentPassword: `not-it-${i}`, newPassword: "a-new-synthetic-password", confirmPassword: "a-new-synthetic-password" });
      expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["This is not your current password."] } });
    }
    const limited = await changeOwnPassword({ currentPassword: me.password, newPassword: "a-new-synthetic-password", confirmPassword: "a-new-synthetic-password" });
    expect(limited).toMatchObject({ ok: false, message: expect.stringMatching(/^Too many wrong passwords\. Try again in 15 minutes\.$/) });

    expect(await hashOf(me.id)).toBe(hash);
    expect(await signedIn(me.here)).toBe(true);
    expect(await signedIn(me.elsewhere)).toBe(true);
    expect(await signIn({ email: me.email, password: "a-new-synthetic-password" })).toBeNull();
    expect(await signIn(me)).not.toBeNull();
  });

  it("the new password is checked where it was typed: its length, its repetition, and that it is new", async () => {
    const me = await person();
    as(me.here);
    expect(await changeOwnPassword({ currentPassword: me.password, newPassword: "short", confirmPassword: "short" })).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: ["A password has at least 8 characters."] },
    });
    expect(await changeOwnPassword({ currentPassword: me.password, newPassword: "a-new-synthetic-password", confirmPassword: "a-typo" })).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: ["The two new passwords differ."] },
    });
    expect(await changeOwnPassword({ currentPassword: me.password, newPassword: me.password, confirmPassword: me.password })).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: ["The new password is the same as the current one."] },
    });
    expect(await signedIn(me.elsewhere)).toBe(true);
  });

  it("an admin's reset sets the new password and ends every session of the account", async () => {
    const admin = await person("admin");
    const target = await person("editor");
    as(admin.here);
    expect(await resetUserPassword({ userId: target.id, password: "reset-by-the-admin" })).toMatchObject({ ok: true });

    expect(await signedIn(target.here)).toBe(false);
    expect(await signedIn(target.elsewhere)).toBe(false);
    expect(await listSessions(t.db, { userId: target.id })).toEqual([]);
    expect(await signIn(target)).toBeNull();
    expect(await signIn({ email: target.email, password: "reset-by-the-admin" })).not.toBeNull();
    expect(await signedIn(admin.here)).toBe(true);
  });

  it("nobody but an admin can reset a password, and a refused reset changes nothing", async () => {
    const target = await person();
    const hash = await hashOf(target.id);
    for (const role of ["viewer", "editor"] as const) {
      as((await person(role)).here);
      expect(await resetUserPassword({ userId: target.id, password: "reset-by-a-stranger" })).toEqual({ ok: false, message: "Only admins can do this." });
    }
    as(null);
    expect(await resetUserPassword({ userId: target.id, password: "reset-by-a-stranger" })).toEqual({ ok: false, message: "Sign in to make changes." });
    as(target.here);
    expect(await resetUserPassword({ userId: target.id, password: "reset-by-themselves" })).toEqual({ ok: false, message: "Only admins can do this." });

    expect(await hashOf(target.id)).toBe(hash);
    expect(await signedIn(target.here)).toBe(true);
    expect(await signedIn(target.elsewhere)).toBe(true);
  });

  it("signing out one session ends only it, never another person's; signing out everywhere ends all of one's own", async () => {
    const me = await person();
    const stranger = await person();
    const [theirs] = await listSessions(t.db, { userId: stranger.id });
    const elsewhere = await currentSessionOf(me.elsewhere, auth);
    const here = await currentSessionOf(me.here, auth);
    as(me.here);

    expect(await signOutSession({ sessionId: theirs!.id })).toEqual({ ok: false, message: "That session has already ended." });
    expect(await listSessions(t.db, { userId: stranger.id })).toHaveLength(2);
    expect(await signOutSession({ sessionId: here!.id })).toMatchObject({ ok: false, message: expect.stringContaining("the session you are using") });
    expect(await signOutSession({ sessionId: elsewhere!.id })).toMatchObject({ ok: true });
    expect(await signedIn(me.elsewhere)).toBe(false);
    expect(await signedIn(me.here)).toBe(true);

    await signIn(me);
    expect(await signOutEverywhere()).toMatchObject({ ok: true, message: "Signed out of 2 sessions." });
    expect(await signedIn(me.here)).toBe(false);
    expect(await listSessions(t.db, { userId: me.id })).toEqual([]);
    expect(await signedIn(stranger.here)).toBe(true);
  });

  it("none of one's own account actions answer a caller without a session", async () => {
    const me = await person();
    const [session] = await listSessions(t.db, { userId: me.id });
    const refused = { ok: false, message: "Sign in to make changes." };
    expect(await changeOwnPassword({ currentPassword: me.password, newPassword: "a-new-synthetic-password", confirmPassword: "a-new-synthetic-password" })).toEqual(refused);
    expect(await signOutSession({ sessionId: session!.id })).toEqual(refused);
    expect(await signOutEverywhere()).toEqual(refused);
    expect(await listSessions(t.db, { userId: me.id })).toHaveLength(2);
  });
});
