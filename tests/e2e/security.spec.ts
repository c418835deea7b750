/*
 * What a security review probes from outside, against the running server (issue 11): where
 * sign-in may send the browser, the headers of every page and route, pages that hydrate under
 * their CSP with no violation, a shared view's cached render with a fresh nonce per response,
 * sign-in limits that stop a guesser without locking out the owner, and malformed input that
 * gets a 4xx. The test server runs with TRUSTED_PROXY_HOPS=1 (playwright.config.ts): this spec
 * plays the proxy, and X-Forwarded-For tells its "clients" apart.
 */
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { createAccount, signInCookie, syntheticAccount } from "./support/accounts";
import { actionNamed, pagePathOf } from "./support/built-actions";
import { callAction } from "./support/action-call";
import { ADMIN } from "./support/auth";
import { SyntheticProject } from "./support/synthetic-project";

const run = Date.now().toString(36);
let api: APIRequestContext;
let adminCookie: string;
let project: SyntheticProject;
let sharePath: string;
const viewer = syntheticAccount(`security${run}`, "viewer");
const owner = syntheticAccount(`security${run}-owner`, "viewer");

test.beforeAll(async ({ browser, playwright, baseURL }) => {
  api = await playwright.request.newContext({ baseURL });
  adminCookie = await signInCookie(browser, baseURL!, ADMIN);
  await createAccount(api, adminCookie, viewer);
  await createAccount(api, adminCookie, owner);
  project = await SyntheticProject.create(api, adminCookie, `security-${run}`);
  await project.addPlan();
  const action = actionNamed("createShareLink");
  const response = await callAction(api, { id: action.id, args: [{ projectSlug: project.slug, label: `security ${run}`, expires: "1h" }], cookie: adminCookie, path: pagePathOf(action, { slug: project.slug }) });
  const link = (response.result as { data?: { url: string } }).data;
  sharePath = new URL(link!.url).pathname;
});

test.afterAll(async () => {
  await api?.dispose();
});

/** A browser context whose requests arrive, through the "proxy", from `address`. */
async function contextFrom(browser: Browser, address: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { "X-Forwarded-For": address } });
}

async function submitSignIn(page: Page, account: { email: string; password: string }, next?: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  if (next !== undefined) {
    // As a crafted link or form would: the raw value, past what the page itself cleans.
    await page.evaluate((value) => {
      const form = document.querySelector("form")!;
      const field = form.querySelector<HTMLInputElement>('input[name="next"]') ?? form.appendChild(Object.assign(document.createElement("input"), { type: "hidden", name: "next" }));
      field.value = value;
    }, next);
  }
  await page.getByRole("button", { name: "Sign in" }).click();
}

test.describe("after sign-in, the browser stays on this site", () => {
  const hostile: [string, string][] = [
    ["a tab after the slash", "/\t/evil.test/x"],
    ["a newline after the slash", "/\n/evil.test"],
    ["a carriage return after the slash", "/\r/evil.test"],
    ["a backslash", "/\\evil.test"],
    ["two backslashes", "\\\\evil.test"],
    ["a protocol-relative address", "//evil.test"],
    ["an absolute address", "https://evil.test/x"],
    ["a dot segment", "/.//evil.test"],
    ["an encoded tab, decoded once by the page", decodeURIComponent("%2F%09%2Fevil.test%2Fx")],
  ];
  for (const [what, next] of hostile) {
    test(`with ${what} in next`, async ({ browser, baseURL }) => {
      const context = await contextFrom(browser, "192.0.2.10");
      const page = await context.newPage();
      const requests: string[] = [];
      page.on("request", (request) => requests.push(new URL(request.url()).host));
      await submitSignIn(page, viewer, next);
      await expect(page).not.toHaveURL(/\/login/);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      expect(new URL(page.url()).pathname).toBe("/");
      expect(requests.filter((host) => host.includes("evil.test"))).toEqual([]);
      await context.close();
    });
  }

  test("with an encoded path, which stays a path of this site", async ({ browser, baseURL }) => {
    const context = await contextFrom(browser, "192.0.2.10");
    const page = await context.newPage();
    await page.goto(`/login?next=${encodeURIComponent(`${project.path}?asOf=2025-06-01`)}`);
    await page.getByLabel("Email").fill(viewer.email);
    await page.getByLabel("Password").fill(viewer.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${baseURL}${project.path}?asOf=2025-06-01`);
    await context.close();
  });

  test("and a raw action call with a newline in next gets no 500", async () => {
    const action = actionNamed("signIn");
    const response = await api.post("/login", {
      headers: { "Next-Action": action.id, Origin: String(test.info().project.use.baseURL), "X-Forwarded-For": "192.0.2.11" },
      multipart: { "1_email": viewer.email, "1_password": viewer.password, "1_next": "/\n/evil.test", "0": '["$K1","$K1"]' },
      maxRedirects: 0,
    });
    expect(response.status()).toBeLessThan(500);
    expect(response.headers()["x-action-redirect"] ?? "/").not.toMatch(/evil|[\t\r\n\\]/);
  });
});

test.describe("every page and route sends the security headers", () => {
  const workspace = () => ["/", project.path, `${project.path}/share`, "/admin/users", "/api/projects", `${project.path}/export.json`];
  const open = () => ["/login", "/api/health", "/robots.txt", "/no-such-page", sharePath, `${sharePath}/feed.xml`, `${sharePath}/export.json`];

  test("signed in and signed out, pages and data, shared and not", async () => {
    const staticAsset = /\/_next\/static\/[^"]+\.js/.exec(await (await api.get("/login")).text())?.[0];
    expect(staticAsset).toBeTruthy();
    const paths = [...workspace().map((p) => [p, adminCookie] as const), ...open().map((p) => [p, undefined] as const), [staticAsset!, undefined] as const];
    for (const [path, cookie] of paths) {
      const response = await api.get(path, { headers: cookie ? { Cookie: cookie } : {}, maxRedirects: 0 });
      const headers = response.headers();
      const where = `${path} (${response.status()})`;
      expect(headers["x-content-type-options"], where).toBe("nosniff");
      expect(headers["permissions-policy"], where).toContain("camera=()");
      const csp = headers["content-security-policy"] ?? "";
      expect(csp, where).toMatch(/script-src 'nonce-[A-Za-z0-9_-]{24}' 'strict-dynamic'/);
      for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp, where).toContain(directive);
      const shared = path.startsWith("/s/");
      expect(headers["referrer-policy"], where).toBe(shared ? "no-referrer" : "strict-origin-when-cross-origin");
      // Served over plain HTTP: no HSTS.
      expect(headers["strict-transport-security"], where).toBeUndefined();
    }
  });

  test("HSTS for a year when the trusted proxy says the request came over HTTPS", async () => {
    const response = await api.get("/login", { headers: { "X-Forwarded-Proto": "https" } });
    expect(response.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  });

  test("a shared view's cached render gets a fresh nonce in every response, the one its header names", async () => {
    const nonces = [];
    for (let i = 0; i < 3; i++) {
      const response = await api.get(sharePath, { headers: { Accept: "text/html" } });
      const nonce = /'nonce-([A-Za-z0-9_-]+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
      const inPage = new Set([...(await response.text()).matchAll(/nonce="([^"]*)"/g)].map((m) => m[1]));
      expect([...inPage]).toEqual([nonce]);
      nonces.push(nonce);
    }
    expect(new Set(nonces).size).toBe(3);
  });
});

test.describe("pages hydrate under the CSP with no violation", () => {
  async function violationsOn(page: Page, paths: string[]) {
    const seen: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) seen.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    for (const path of paths) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      // React has hydrated: the document's nodes carry its fibers.
      // Hydration runs in slices after the network went quiet: a long page (the users list of a
      // server many specs have added accounts to) may take a while on a busy machine.
      await expect
        .poll(() => page.evaluate(() => Object.keys(document.querySelector("main, .embed") ?? {}).some((key) => key.startsWith("__react"))), {
          message: `${path} hydrated`,
          timeout: 15_000,
        })
        .toBe(true);
      const inPage = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
      seen.push(...inPage.map((v) => `${path}: ${v}`));
    }
    return seen;
  }

  test("signed out, on the sign-in page, a shared view, its earlier day, its embed and a page not found", async ({ page }) => {
    expect(await violationsOn(page, ["/login", sharePath, `${sharePath}?asOf=2025-06-01`, `${sharePath}/embed`, `/no-such-page-${run}`])).toEqual([]);
  });

  test("signed in, on the workspace's pages, and its buttons work", async ({ browser }) => {
    const context = await contextFrom(browser, "192.0.2.12");
    const page = await context.newPage();
    await submitSignIn(page, { email: ADMIN.email, password: ADMIN.password });
    await expect(page).not.toHaveURL(/\/login/);
    expect(await violationsOn(page, ["/", project.path, `${project.path}?asOf=2025-06-01`, `${project.path}/share`, "/admin/users", "/account"])).toEqual([]);
    // A client-side control answers: the editors' lazy chunk loaded under 'strict-dynamic'.
    await page.goto(project.path);
    await page.getByRole("button", { name: /^Add / }).first().click();
    await expect(page.getByRole("dialog").or(page.locator("form")).first()).toBeVisible();
    await context.close();
  });
});

test.describe("sign-in limits", () => {
  test("a guesser at one address is slowed down; the owner at another still signs in", async ({ browser }) => {
    const guesser = await contextFrom(browser, "203.0.113.66");
    const page = await guesser.newPage();
    for (let i = 0; i < 5; i++) {
      await submitSignIn(page, { email: owner.email, password: `wrong-guess-${i}` });
      await expect(page.locator("#sign-in-error")).toHaveText("Invalid email or password.");
    }
    await submitSignIn(page, { email: owner.email, password: "wrong-guess-6" });
    // A minute from the last failure, as the server counts it when this attempt arrives.
    await expect(page.locator("#sign-in-error")).toHaveText(/^Too many failed attempts for this account\. Try again in (1 minute|\d\d? seconds)\.$/);
    // The right password from the guesser's address waits too: nothing is tried now.
    await submitSignIn(page, owner);
    await expect(page.locator("#sign-in-error")).toContainText("Too many failed attempts");
    await guesser.close();

    const home = await contextFrom(browser, "198.51.100.23");
    const ownPage = await home.newPage();
    await submitSignIn(ownPage, owner);
    await expect(ownPage).not.toHaveURL(/\/login/);
    await home.close();
  });

  test("the addresses of one IPv6 /64 count as one", async ({ browser }) => {
    const account = owner.email;
    const first = await contextFrom(browser, "2001:db8:77:1::1");
    const page = await first.newPage();
    for (let i = 0; i < 5; i++) {
      await submitSignIn(page, { email: account, password: `wrong-v6-${i}` });
      await expect(page.locator("#sign-in-error")).toHaveText("Invalid email or password.");
    }
    await first.close();
    // Same /64, another address: the same counter.
    const sibling = await contextFrom(browser, "2001:db8:77:1::ffff");
    const siblingPage = await sibling.newPage();
    await submitSignIn(siblingPage, { email: account, password: "wrong-v6-last" });
    await expect(siblingPage.locator("#sign-in-error")).toContainText("Too many failed attempts");
    await sibling.close();
  });
});

test.describe("the session cookie", () => {
  async function sessionSetCookie(browser: Browser, headers: Record<string, string>) {
    const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: headers });
    const page = await context.newPage();
    // Held here: the browser drops the action's body once it follows the redirect.
    let answered!: (answer: { headers: { name: string; value: string }[]; body: Buffer }) => void;
    const answer = new Promise<Parameters<typeof answered>[0]>((resolve) => (answered = resolve));
    await page.route("**/login", async (route) => {
      if (route.request().method() !== "POST") return route.fallback();
      const response = await route.fetch();
      answered({ headers: response.headersArray(), body: await response.body() });
      await route.fulfill({ response });
    });
    await submitSignIn(page, viewer);
    const { headers: answerHeaders, body } = await answer;
    const setCookies = answerHeaders.filter((h) => h.name.toLowerCase() === "set-cookie").flatMap((h) => h.value.split("\n"));
    await context.close();
    // The redirect comes with the page it leads to, fetched by the server from itself over
    // loopback (db/bin/server.mjs): an empty body would mean that fetch failed.
    return { cookie: setCookies.find((c) => c.includes("session_token=")), redirectBody: body.length };
  }

  test("is __Host- and Secure when the trusted proxy says HTTPS", async ({ browser }) => {
    const { cookie, redirectBody } = await sessionSetCookie(browser, { "X-Forwarded-For": "192.0.2.30", "X-Forwarded-Proto": "https" });
    expect(redirectBody, "the signed-in page sent along with the redirect").toBeGreaterThan(0);
    expect(cookie).toMatch(/^__Host-better-auth\.session_token=/);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).not.toMatch(/; Domain=/i);
  });

  test("is plain over HTTP, where a Secure cookie could not be kept", async ({ browser }) => {
    const { cookie, redirectBody } = await sessionSetCookie(browser, { "X-Forwarded-For": "192.0.2.31" });
    expect(redirectBody, "the signed-in page sent along with the redirect").toBeGreaterThan(0);
    expect(cookie).toMatch(/^better-auth\.session_token=/);
    expect(cookie).not.toMatch(/; Secure/i);
  });
});

test.describe("malformed input the framework sees first", () => {
  for (const path of ["/api/s/%ZZ", "/s/%c0%ae", "/projects/%ZZ"]) {
    test(`${path} gets a 400`, async () => {
      const response = await api.get(path, { headers: { Cookie: adminCookie }, maxRedirects: 0 });
      expect(response.status()).toBe(400);
    });
  }

  test("an action with an unparseable Origin gets a 400", async () => {
    const response = await api.post("/login", { headers: { "Next-Action": actionNamed("signIn").id, Origin: "http://[::1", "Content-Type": "text/plain" }, data: "[]" });
    expect(response.status()).toBe(400);
  });

  test("a form posted without JavaScript gets a 400 for an unparseable Origin and a 403 for another site's, never a 500", async () => {
    const multipart = { email: "nobody@example.test", password: "not the password" };
    const bad = await api.post("/login", { headers: { Origin: "http://[::1" }, multipart, maxRedirects: 0 });
    expect(bad.status()).toBe(400);
    const foreign = await api.post("/login", { headers: { Origin: "https://attacker.example" }, multipart, maxRedirects: 0 });
    expect(foreign.status()).toBe(403);
    expect(await foreign.text()).toContain("another site");
  });
});
