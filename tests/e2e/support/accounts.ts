/*
 * Synthetic accounts for one test run, made through the app itself: the first-start admin
 * (ADMIN) creates them with the createUser action, and each signs in through the /login form.
 * Emails carry a per-run id, so reruns against one data folder and parallel spec files never collide.
 */
import crypto from "node:crypto";
import { expect, type APIRequestContext, type Browser } from "@playwright/test";
import { ADMIN, signIn } from "./auth";
import { callAction } from "./action-call";
import { actionNamed, pagePathOf } from "./built-actions";

export type Role = "admin" | "editor" | "viewer";

export interface Account {
  email: string;
  password: string;
  role: Role;
}

/** An account with its id and the Cookie header of a signed-in session of it. */
export interface Session {
  account: Account;
  /** The account's id, as the user actions take it. */
  id: string;
  cookie: string;
}

export interface Accounts {
  admin: Session;
  editor: Session;
  viewer: Session;
  /** An editor who signed in, then was disabled by an admin: the cookie is what they still hold. */
  disabled: Session;
}

const runId = crypto.randomBytes(4).toString("hex");

/** A synthetic account of this run; `label` tells the spec files apart. Test-only passwords. */
export function syntheticAccount(label: string, role: Role): Account {
  return { email: `${label}-${role}-${runId}@bridgewatch.test`, password: `pw-${label}-${runId}-${role}`, role };
}

/** Signs in through the /login form in a fresh browser context; answers with the Cookie header it got. */
export async function signInCookie(browser: Browser, baseURL: string, account: { email: string; password: string }): Promise<string> {
  const context = await browser.newContext({ baseURL });
  try {
    await signIn(await context.newPage(), account);
    const cookies = await context.cookies(baseURL);
    expect(cookies.map((c) => c.name).some((name) => name.endsWith("session_token")), `a session cookie for ${account.email}`).toBe(true);
    return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await context.close();
  }
}

/** Calls an admin action as the given admin session, insists that it succeeded, and answers its data. */
async function adminAction(request: APIRequestContext, cookie: string, name: string, input: unknown): Promise<unknown> {
  const action = actionNamed(name);
  const response = await callAction(request, { id: action.id, args: [input], cookie, path: pagePathOf(action) });
  expect(response.status, `${name} answered HTTP ${response.status}`).toBe(200);
  expect(response.result, `${name}(${JSON.stringify(input)})`).toMatchObject({ ok: true });
  return (response.result as { data: unknown }).data;
}

/** Makes the account through the createUser action; answers its id. */
export async function createAccount(request: APIRequestContext, adminCookie: string, account: Account): Promise<string> {
  const input = { email: account.email, password: account.password, role: account.role, name: `Synthetic ${account.role}` };
  const data = (await adminAction(request, adminCookie, "createUser", input)) as { id?: unknown };
  expect(typeof data?.id, `createUser(${account.email}) answers the new account's id`).toBe("string");
  return data.id as string;
}

export async function disableAccount(request: APIRequestContext, adminCookie: string, userId: string) {
  await adminAction(request, adminCookie, "disableUser", { userId });
}

/** Whether a cookie is a live session: the workspace's JSON route answers 200 only then. */
export async function sessionWorks(request: APIRequestContext, cookie: string): Promise<boolean> {
  const response = await request.get("/api/projects/tumen-road-bridge", { headers: { Cookie: cookie }, maxRedirects: 0 });
  return response.status() === 200;
}

/** Accounts of the given roles for this run, made by the first-start admin, each signed in. */
export async function signedInAccounts<R extends Role>(
  browser: Browser,
  request: APIRequestContext,
  baseURL: string,
  label: string,
  roles: readonly R[],
): Promise<Record<R, Session>> {
  const bootstrap = await signInCookie(browser, baseURL, ADMIN);
  const sessions = {} as Record<R, Session>;
  for (const role of roles) {
    const account = syntheticAccount(label, role);
    const id = await createAccount(request, bootstrap, account);
    sessions[role] = { account, id, cookie: await signInCookie(browser, baseURL, account) };
  }
  return sessions;
}

/**
 * An admin, an editor, a viewer and a disabled editor of this run, each signed in. The disabled
 * one signed in first and was disabled afterwards; its old cookie must be refused from then on.
 */
export async function setUpAccounts(browser: Browser, request: APIRequestContext, baseURL: string, label: string): Promise<Accounts> {
  const { admin, editor, viewer } = await signedInAccounts(browser, request, baseURL, label, ["admin", "editor", "viewer"] as const);
  const account = syntheticAccount(`${label}-disabled`, "editor");
  const id = await createAccount(request, admin.cookie, account);
  const disabled = { account, id, cookie: await signInCookie(browser, baseURL, account) };
  expect(await sessionWorks(request, disabled.cookie), "the soon-disabled editor's session works before").toBe(true);
  await disableAccount(request, admin.cookie, id);
  expect(await sessionWorks(request, disabled.cookie), "a disabled user's old cookie is refused at once").toBe(false);
  return { admin, editor, viewer, disabled };
}
