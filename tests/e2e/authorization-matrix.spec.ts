/*
 * Who may call which server action, tested the way an attacker would: raw POSTs with the action
 * id, no UI. Every exported action needs a row here; an action added without one fails the suite.
 * Allowed calls must change what they target; refused calls must leave it as it was. Records and
 * share links are aimed at a synthetic project of this spec's own.
 */
import crypto from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createAccount, disableAccount, sessionWorks, setUpAccounts, syntheticAccount, type Accounts } from "./support/accounts";
import { callAction, FormArg, type ActionResponse } from "./support/action-call";
import { projectInput, type ActionName } from "../support/action-inputs";
import { actionNamed, builtActions, exportedActions, pagePathOf, type BuiltAction } from "./support/built-actions";
import { recordActionOf, recordsOf, syntheticSlug, SyntheticProject } from "./support/synthetic-project";

const CALLERS = ["anonymous", "viewer", "editor", "admin", "disabled", "shareLink"] as const;
type Caller = (typeof CALLERS)[number];
type Rule = "allow" | "refuse" | "public";

/*
 * disabled:  an editor's cookie from before an admin disabled them.
 * shareLink: a reader who opened /s/<token> and has no session; the POST goes to that path.
 * public:    sign-in and sign-out answer anyone; sign-out ends only the caller's own session.
 * The account actions (changeOwnPassword, signOutSession, signOutEverywhere) act on the caller's
 * own account: each allowed call is made as a fresh account of the caller's role.
 */
const MATRIX = table(`
  action                 anonymous  viewer  editor  admin   disabled  shareLink
  createProgressReport   refuse     refuse  allow   allow   refuse    refuse
  updateProgressReport   refuse     refuse  allow   allow   refuse    refuse
  deleteProgressReport   refuse     refuse  allow   allow   refuse    refuse
  createMilestone        refuse     refuse  allow   allow   refuse    refuse
  updateMilestone        refuse     refuse  allow   allow   refuse    refuse
  deleteMilestone        refuse     refuse  allow   allow   refuse    refuse
  createForecast         refuse     refuse  allow   allow   refuse    refuse
  updateForecast         refuse     refuse  allow   allow   refuse    refuse
  deleteForecast         refuse     refuse  allow   allow   refuse    refuse
  createEvent            refuse     refuse  allow   allow   refuse    refuse
  updateEvent            refuse     refuse  allow   allow   refuse    refuse
  deleteEvent            refuse     refuse  allow   allow   refuse    refuse
  createSource           refuse     refuse  allow   allow   refuse    refuse
  updateSource           refuse     refuse  allow   allow   refuse    refuse
  deleteSource           refuse     refuse  allow   allow   refuse    refuse
  createFact             refuse     refuse  allow   allow   refuse    refuse
  updateFact             refuse     refuse  allow   allow   refuse    refuse
  deleteFact             refuse     refuse  allow   allow   refuse    refuse
  restoreRecord          refuse     refuse  allow   allow   refuse    refuse
  checkEditAccess        refuse     refuse  allow   allow   refuse    refuse
  createShareLink        refuse     refuse  allow   allow   refuse    refuse
  revokeShareLink        refuse     refuse  allow   allow   refuse    refuse
  setShareLinkEmbedding  refuse     refuse  allow   allow   refuse    refuse
  createUser             refuse     refuse  refuse  allow   refuse    refuse
  changeUserRole         refuse     refuse  refuse  allow   refuse    refuse
  disableUser            refuse     refuse  refuse  allow   refuse    refuse
  enableUser             refuse     refuse  refuse  allow   refuse    refuse
  createProject          refuse     refuse  refuse  allow   refuse    refuse
  updateProject          refuse     refuse  refuse  allow   refuse    refuse
  resetUserPassword      refuse     refuse  refuse  allow   refuse    refuse
  changeOwnPassword      refuse     allow   allow   allow   refuse    refuse
  signOutSession         refuse     allow   allow   allow   refuse    refuse
  signOutEverywhere      refuse     allow   allow   allow   refuse    refuse
  signIn                 public     public  public  public  public    public
  signOut                public     public  public  public  public    public
`);

function table(text: string): Record<string, Record<Caller, Rule>> {
  const [header, ...lines] = text.trim().split("\n").map((line) => line.trim().split(/\s+/));
  if (header?.join(" ") !== ["action", ...CALLERS].join(" ")) throw new Error(`Matrix header must be: action ${CALLERS.join(" ")}`);
  const rules: Record<string, Record<Caller, Rule>> = {};
  for (const [name, ...cells] of lines as [string, ...string[]][]) {
    if (cells.length !== CALLERS.length || !cells.every((c) => c === "allow" || c === "refuse" || c === "public")) {
      throw new Error(`Matrix row ${name}: one of allow, refuse, public for each caller`);
    }
    rules[name] = Object.fromEntries(CALLERS.map((caller, i) => [caller, cells[i] as Rule])) as Record<Caller, Rule>;
  }
  return rules;
}

const REFUSAL = /sign in|only (admins|editors)/i;
const run = crypto.randomBytes(3).toString("hex");
let counter = 0;
const marker = (name: string) => `matrix-${run}-${name}-${++counter}`;

/** A call aimed at a fresh target, and how an admin reads that target. */
interface Prepared {
  args: unknown[];
  observe(): Promise<unknown>;
  /** An action that only answers (the benchmark's reference): allowed, it still changes nothing. */
  writesNothing?: boolean;
  /** The session to call with, when the target is the caller's own account: a fresh one of the caller's role. */
  cookie?: string;
}

let api: APIRequestContext;
let accounts: Accounts;
let shareToken: string;
let project: SyntheticProject;

test.beforeAll(async ({ browser, playwright, baseURL }) => {
  test.setTimeout(90_000);
  api = await playwright.request.newContext({ baseURL });
  accounts = await setUpAccounts(browser, api, baseURL!, `matrix${run}`);
  project = await SyntheticProject.create(api, accounts.admin.cookie, `matrix-${run}`);
  const link = await createShareLink(`matrix-${run}-reader`);
  shareToken = link.url.split("/s/")[1]!;
});

test.afterAll(async () => {
  await api?.dispose();
});

/** The page an action is posted to, as from a browser on it: this spec's project for project pages. */
const pathOf = (action: BuiltAction) => pagePathOf(action, { slug: project.slug });

test("every exported server action has a row in the matrix, and is in the build", () => {
  const { actions: exported, unreadable } = exportedActions();
  expect.soft(unreadable, "exports of 'use server' files that are not `export async function`").toEqual([]);
  const names = exported.map((a) => a.name);
  expect.soft(names.filter((n, i) => names.indexOf(n) !== i), "action names used twice").toEqual([]);
  expect.soft(names.filter((n) => !MATRIX[n]).sort(), "exported actions without a row in the matrix").toEqual([]);
  expect.soft(Object.keys(MATRIX).filter((n) => !names.includes(n)).sort(), "matrix rows of no exported action").toEqual([]);

  const built = builtActions();
  const key = (a: { name: string; file: string }) => `${a.file}#${a.name}`;
  expect.soft(exported.map(key).filter((k) => !built.some((b) => key(b) === k)), "exported but not in the build (rebuild, or nothing uses it)").toEqual([]);
  expect.soft(built.map(key).filter((k) => !exported.some((e) => key(e) === k)), "built actions that no source exports (inline 'use server'?)").toEqual([]);
});

/*
 * One test with a step per action: a refusal that fails is reported with the others (soft
 * assertions), without restarting the worker and making the accounts again.
 */
test("every action, called raw by every kind of caller, does only what the matrix allows", async ({ playwright, baseURL }) => {
  test.setTimeout(150_000);
  const anonymous = await playwright.request.newContext({ baseURL });
  const reader = await playwright.request.newContext({ baseURL });
  try {
    expect((await reader.get(`/s/${shareToken}`)).status(), "the reader opens the shared view").toBe(200);
    expect((await reader.storageState()).cookies, "and holds no cookie: the link is the only credential").toEqual([]);
    for (const { name } of exportedActions().actions) {
      await test.step(name, async () => {
        const action = actionNamed(name);
        const callAs: CallAs = (caller, args, cookie) => {
          if (caller === "anonymous") return callAction(anonymous, { id: action.id, args, path: pathOf(action) });
          if (caller === "shareLink") return callAction(reader, { id: action.id, args, path: `/s/${shareToken}` });
          return callAction(api, { id: action.id, args, path: pathOf(action), cookie: cookie ?? accounts[caller].cookie });
        };
        await checkAction(name, callAs);
      });
    }
  } finally {
    await anonymous.dispose();
    await reader.dispose();
  }
});

test("a cross-site POST with an admin's cookie changes nothing", async () => {
  const email = syntheticAccount(marker("csrf"), "admin").email;
  const action = actionNamed("createUser");
  const response = await callAction(api, {
    id: action.id,
    args: [{ email, password: "cross-site-password", role: "admin" }],
    cookie: accounts.admin.cookie,
    path: pathOf(action),
    headers: { Origin: "https://attacker.example" },
  });
  // The front door refuses a foreign Origin before Next (whose own check would answer a 500).
  expect(response.status).toBe(403);
  expect((response.result as { ok?: unknown } | undefined)?.ok, "the action did not run").not.toBe(true);
  expect(rowText(await adminHtml("/admin/users"), email), "no account was made").toBeNull();
});

test("a disabled user's old session stays ended after the account is enabled again", async () => {
  const enabled = await act("enableUser", [{ userId: accounts.disabled.id }], accounts.admin.cookie);
  expect(enabled.result).toMatchObject({ ok: true });
  expect(await sessionWorks(api, accounts.disabled.cookie)).toBe(false);
});

async function checkAction(name: string, callAs: CallAs) {
  const rules = MATRIX[name];
  expect(rules, `${name} has no row in the matrix`).toBeDefined();
  if (name === "signIn" || name === "signOut") {
    for (const caller of CALLERS) await (name === "signIn" ? checkSignIn : checkSignOut)(caller, callAs);
    return;
  }
  const scenario = scenarioOf(name);

  // The refused callers in turn, at one target: none of them may change it.
  const prepared = await scenario();
  let before = await prepared.observe();
  for (const caller of CALLERS.filter((c) => rules![c] === "refuse")) {
    const response = await callAs(caller, prepared.args);
    expect.soft(response.status, `${name} as ${caller}: HTTP status`).toBe(200);
    expect.soft(response.result, `${name} as ${caller} is refused`).toMatchObject({ ok: false, message: expect.stringMatching(REFUSAL) });
    const after = await prepared.observe();
    expect.soft(after, `${name} as ${caller} changed nothing`).toEqual(before);
    before = after;
  }
  // Each allowed caller at a fresh target: the call must change it.
  for (const caller of CALLERS.filter((c) => rules![c] === "allow")) {
    const fresh = await scenario(caller);
    const start = await fresh.observe();
    const response = await callAs(caller, fresh.args, fresh.cookie);
    expect.soft(response.status, `${name} as ${caller}: HTTP status`).toBe(200);
    expect.soft(response.result, `${name} as ${caller} is allowed`).toMatchObject({ ok: true });
    if (fresh.writesNothing) expect.soft(await fresh.observe(), `${name} as ${caller} changed nothing`).toEqual(start);
    else expect.soft(await fresh.observe(), `${name} as ${caller} changed its target`).not.toEqual(start);
  }
}

type CallAs = (caller: Caller, args: unknown[], cookie?: string) => Promise<ActionResponse>;

/* ----- How each action is aimed at a fresh target, and how its effect is read ----- */

function scenarioOf(name: string): (caller?: Caller) => Promise<Prepared> {
  const record = recordActionOf(name);
  if (record) {
    return async () => {
      const m = marker(name);
      const target = record.verb === "create" ? undefined : await project.fresh(record.type);
      const rows = target?.refs ?? {};
      const targetId = target?.id;
      const args = [await project.validInput(name as ActionName, m, rows)];
      const observe = async () => {
        const all = [...recordsOf(await project.readDashboard()).entries()];
        return all.filter(([id, row]) => id === targetId || row.json.includes(m)).map(([, row]) => row.json);
      };
      return { args, observe };
    };
  }
  const userRow = (email: string) => async () => rowText(await adminHtml("/admin/users"), email);
  const shareRow = (label: string) => async () => rowText(await adminHtml(`${project.path}/share`), label);
  const projectRow = (slug: string) => async () => rowText(await adminHtml("/admin/projects"), slug);
  const target = async (disabled = false) => {
    const account = syntheticAccount(marker(name).toLowerCase(), "viewer");
    const id = await createAccount(api, accounts.admin.cookie, account);
    if (disabled) await disableAccount(api, accounts.admin.cookie, id);
    return { id, email: account.email, account };
  };
  /*
   * An account signed in twice, as the caller's own (of its role) or, for the refused callers,
   * anyone's: `here` is the session a call goes with, `elsewhere` the other one.
   */
  const ownAccount = async (caller?: Caller) => {
    const role = caller === "viewer" || caller === "editor" || caller === "admin" ? caller : "viewer";
    const account = syntheticAccount(marker(name).toLowerCase(), role);
    await createAccount(api, accounts.admin.cookie, account);
    const here = await rawSignIn(account);
    return { account, here, elsewhere: await rawSignIn(account), calledWith: caller === role ? here : undefined };
  };
  const sessionsWork = (...cookies: string[]) => async () => Promise.all(cookies.map((c) => sessionWorks(api, c)));
  switch (name) {
    case "resetUserPassword":
      return async () => {
        const { id, account } = await target();
        return { args: [{ userId: id, password: `matrix-reset-${run}` }], observe: sessionsWork(await rawSignIn(account)) };
      };
    case "changeOwnPassword":
      return async (caller) => {
        const own = await ownAccount(caller);
        const newPassword = `${own.account.password}-changed`;
        const args = [{ currentPassword: own.account.password, newPassword, confirmPassword: newPassword }];
        return { args, cookie: own.calledWith, observe: sessionsWork(own.here, own.elsewhere) };
      };
    case "signOutSession":
      return async (caller) => {
        const own = await ownAccount(caller);
        return { args: [{ sessionId: await otherSessionId(own.here) }], cookie: own.calledWith, observe: sessionsWork(own.here, own.elsewhere) };
      };
    case "signOutEverywhere":
      return async (caller) => {
        const own = await ownAccount(caller);
        return { args: [], cookie: own.calledWith, observe: sessionsWork(own.here, own.elsewhere) };
      };
    case "restoreRecord":
      // A fact the admin made and deleted: restoring it brings its row back onto the dashboard.
      return async () => {
        const fact = await project.fresh("fact", marker(name));
        const deleted = await act("deleteFact", [await project.validInput("deleteFact", "", fact.refs)], accounts.admin.cookie);
        expect(deleted.result, "the admin deletes the fact to restore").toMatchObject({ ok: true });
        const observe = async () => recordsOf(await project.readDashboard()).get(fact.id)?.json ?? null;
        return { args: [await project.validInput(name, "", fact.refs)], observe };
      };
    case "checkEditAccess":
      return async () => {
        const observe = async () => {
          const dashboard = await project.readDashboard();
          return { version: dashboard.project.version, records: [...recordsOf(dashboard).values()] };
        };
        return { args: [{ projectSlug: project.slug }], observe, writesNothing: true };
      };
    case "createUser":
      return async () => {
        const account = syntheticAccount(marker(name).toLowerCase(), "viewer");
        return { args: [{ email: account.email, password: account.password, role: "viewer" }], observe: userRow(account.email) };
      };
    case "changeUserRole":
      return async () => {
        const { id, email } = await target();
        return { args: [{ userId: id, role: "editor" }], observe: userRow(email) };
      };
    case "disableUser":
    case "enableUser":
      return async () => {
        const { id, email } = await target(name === "enableUser");
        return { args: [{ userId: id }], observe: userRow(email) };
      };
    case "createShareLink":
      return async () => {
        const label = marker(name);
        return { args: [{ projectSlug: project.slug, label, expires: "1h" }], observe: shareRow(label) };
      };
    case "revokeShareLink":
      return async () => {
        const label = marker(name);
        const { id } = await createShareLink(label);
        return { args: [{ projectSlug: project.slug, id }], observe: shareRow(label) };
      };
    case "setShareLinkEmbedding":
      return async () => {
        const label = marker(name);
        const { id } = await createShareLink(label);
        return { args: [{ projectSlug: project.slug, id, embedOrigins: "https://matrix.example" }], observe: shareRow(label) };
      };
    case "createProject":
      return async () => {
        const slug = syntheticSlug(marker(name));
        return { args: [projectInput(slug, `Synthetic project ${slug}`)], observe: projectRow(slug) };
      };
    case "updateProject":
      return async () => {
        const own = await SyntheticProject.create(api, accounts.admin.cookie, marker(name));
        const { project: row } = await own.readDashboard();
        const input = { ...projectInput(own.slug, own.name), id: row.id, version: row.version, name: `${own.name}, renamed` };
        return { args: [input], observe: projectRow(own.slug) };
      };
    default:
      throw new Error(`${name}: no scenario says how to aim it at a target; add one to this spec.`);
  }
}

/* Public by nature: sign-in with the right password gives whoever asks a new session. */
async function checkSignIn(caller: Caller, callAs: CallAs) {
  const account = signInAccount();
  await account.ready();
  const response = await callAs(caller, [{}, new FormArg({ email: account.email, password: account.password })]);
  expect.soft(response.status, `signIn as ${caller}: HTTP status`).toBeLessThan(400);
  expect.soft(response.redirect, `signIn as ${caller} redirects into the app`).toBe("/");
  // From /s/<token> Next forwards the call to the sign-in page's bundle and drops Set-Cookie on the way back.
  if (caller === "shareLink") return;
  const session = response.setCookies.find((c) => c.includes("session_token="));
  expect.soft(session && (await sessionWorks(api, session)), `signIn as ${caller} gives a working session`).toBe(true);
}

/* Public by nature: sign-out answers anyone with the sign-in page, and ends the caller's own session only. */
async function checkSignOut(caller: Caller, callAs: CallAs) {
  const hasSession = caller === "viewer" || caller === "editor" || caller === "admin";
  // A session of its own, so the caller's main cookie survives for the other tests.
  const throwaway = hasSession ? await rawSignIn(accounts[caller].account) : undefined;
  const response = await callAs(caller, [], throwaway);
  expect.soft(response.status, `signOut as ${caller}: HTTP status`).toBeLessThan(400);
  expect.soft(response.redirect, `signOut as ${caller} goes to the sign-in page`).toBe("/login");
  if (throwaway) expect.soft(await sessionWorks(api, throwaway), `signOut as ${caller} ends that session`).toBe(false);
  if (hasSession) expect.soft(await sessionWorks(api, accounts[caller].cookie), `signOut as ${caller} leaves other sessions`).toBe(true);
  expect.soft(await sessionWorks(api, accounts.admin.cookie), `signOut as ${caller} leaves other users signed in`).toBe(true);
}

let signInTarget: { email: string; password: string; ready(): Promise<void> } | undefined;
/** One account that every caller signs in as, made on first use. */
function signInAccount() {
  if (signInTarget) return signInTarget;
  const account = syntheticAccount(`matrix${run}-signin`, "viewer");
  let made = false;
  signInTarget = {
    ...account,
    async ready() {
      if (!made) await createAccount(api, accounts.admin.cookie, account);
      made = true;
    },
  };
  return signInTarget;
}

/** A fresh session of an account through the sign-in action itself: its cookie. */
async function rawSignIn(account: { email: string; password: string }): Promise<string> {
  const action = actionNamed("signIn");
  const response = await callAction(api, { id: action.id, args: [{}, new FormArg({ email: account.email, password: account.password })], cookie: "", path: "/login" });
  const session = response.setCookies.find((c) => c.includes("session_token="));
  if (!session) throw new Error(`Signing in ${account.email} gave no session (HTTP ${response.status})`);
  return session;
}

/** The id of the one session /account offers to sign out, as that page shows it to `cookie`'s holder. */
async function otherSessionId(cookie: string): Promise<string> {
  const response = await api.get("/account", { headers: { Cookie: cookie }, maxRedirects: 0 });
  expect(response.status(), "GET /account").toBe(200);
  const buttons = [...(await response.text()).matchAll(/<button[^>]*>/g)].map((m) => m[0]).filter((tag) => tag.includes('name="sessionId"'));
  const ids = buttons.map((tag) => /value="([^"]+)"/.exec(tag)?.[1] ?? "");
  expect(ids, "/account offers the other session, and only it").toHaveLength(1);
  return ids[0]!;
}

async function act(name: string, args: unknown[], cookie: string) {
  const action = actionNamed(name);
  return callAction(api, { id: action.id, args, cookie, path: pathOf(action) });
}

async function createShareLink(label: string): Promise<{ id: string; url: string }> {
  const response = await act("createShareLink", [{ projectSlug: project.slug, label, expires: "1h" }], accounts.admin.cookie);
  const result = response.result as { ok: boolean; data?: { id: string; url: string } } | undefined;
  if (!result?.ok || !result.data) throw new Error(`createShareLink as admin failed: ${JSON.stringify(result)}`);
  return result.data;
}

async function adminHtml(path: string): Promise<string> {
  const response = await api.get(path, { headers: { Cookie: accounts.admin.cookie }, maxRedirects: 0 });
  expect(response.status(), `GET ${path} as admin`).toBe(200);
  return response.text();
}

/** The text of the table row that shows `needle` in a cell, or null when there is none. */
function rowText(html: string, needle: string): string | null {
  const row = html.split("<tr").find((chunk) => chunk.includes(`>${needle}<`));
  if (!row) return null;
  return row.slice(0, row.indexOf("</tr>")).replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
}
