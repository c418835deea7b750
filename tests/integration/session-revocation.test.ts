/*
 * Session lookups are remembered for a second, and revocation still takes a second at most:
 * a session deleted or an account changed by another app server (here: straight in the
 * database, which this process's cache is not told of) is refused within a second; a disable
 * or a sign-out on this server is refused at once. Real better-auth, on each backend.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, type Auth } from "@/db/auth/auth";
import { SESSION_CACHE_MS } from "@/db/auth/session-cache";
import { forgetSessionOf, userOfRequest } from "@/db/session";
import { createUser, setUserDisabled } from "@/db/mutations/users";
import { session, user } from "@/db/schema";
import { backends, type TestDatabase } from "../support/test-db";

process.env.BETTER_AUTH_SECRET ||= "synthetic-test-secret-for-session-revocation";

/**
 * How long after a change requests were still let through as before: the arrival of the last
 * request that was, polled every 20 ms until one is refused (Infinity if none is, within twice
 * the cache's time). Counted by arrival, as a lookup on a busy machine may itself take a while.
 */
async function acceptedFor(asBefore: () => Promise<boolean>): Promise<number> {
  const changed = performance.now();
  let last = 0;
  while (performance.now() - changed < 2 * SESSION_CACHE_MS) {
    const arrived = performance.now();
    if (!(await asBefore())) return last;
    last = arrived - changed;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Infinity;
}

describe.each(backends)("session revocation on $name", (backend) => {
  let t: TestDatabase;
  let auth: Auth;
  let n = 0;

  /** A new editor, signed in: its id and the headers its browser sends. */
  async function signedInEditor() {
    const account = { email: `revocation-${++n}@bridgewatch.test`, password: `synthetic-password-${n}` };
    const created = await createUser(t.db, { ...account, role: "editor", actor: "system" });
    const signedIn = await auth.api.signInCredentials({ body: account, headers: new Headers(), returnHeaders: true });
    const cookie = signedIn.headers
      .getSetCookie()
      .map((c) => c.split(";")[0]!)
      .find((c) => c.includes("session_token="))!;
    const headers = new Headers({ cookie });
    expect(await userOfRequest(headers, auth)).toMatchObject({ id: created.id, role: "editor" });
    return { id: created.id, headers };
  }

  beforeAll(async () => {
    t = await backend.open();
    auth = createAuth(t.db);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("a session deleted by another server is refused within a second", async () => {
    const editor = await signedInEditor();
    await t.db.delete(session).where(eq(session.userId, editor.id));
    expect(await acceptedFor(async () => (await userOfRequest(editor.headers, auth)) !== null)).toBeLessThan(SESSION_CACHE_MS);
  });

  it("an account disabled or made a viewer by another server is seen so within a second", async () => {
    const editor = await signedInEditor();
    await t.db.update(user).set({ role: "viewer" }).where(eq(user.id, editor.id));
    expect(await acceptedFor(async () => (await userOfRequest(editor.headers, auth))?.role === "editor")).toBeLessThan(SESSION_CACHE_MS);
    await t.db.update(user).set({ disabled: true }).where(eq(user.id, editor.id));
    expect(await acceptedFor(async () => (await userOfRequest(editor.headers, auth)) !== null)).toBeLessThan(SESSION_CACHE_MS);
  });

  it("an account disabled on this server is refused at once", async () => {
    const editor = await signedInEditor();
    await setUserDisabled(t.db, { userId: editor.id, disabled: true, actor: "system" });
    expect(await userOfRequest(editor.headers, auth)).toBeNull();
  });

  it("a session signed out on this server is refused at once", async () => {
    const editor = await signedInEditor();
    await auth.api.signOut({ headers: editor.headers });
    await forgetSessionOf(editor.headers, auth);
    expect(await userOfRequest(editor.headers, auth)).toBeNull();
  });
});
