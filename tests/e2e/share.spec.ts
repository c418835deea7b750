/*
 * Share links on a synthetic project of this spec's own, with a plan, a source and a progress
 * report citing it: the shared view must show that project's real dashboard, and nothing more.
 */
import { expect, test, type Page } from "@playwright/test";
import { signInCookie } from "./support/accounts";
import { ADMIN, signIn } from "./support/auth";
import { SyntheticProject } from "./support/synthetic-project";

// Unique per run: a retry runs against the same server and data as the failed attempt.
const run = Date.now().toString(36);
const LABEL = `For a journalist ${run}`;
const OUTLET = `Synthetic Wire ${run}`;

let project: SyntheticProject;
let PROJECT: RegExp;

test.beforeAll(async ({ browser, playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  try {
    project = await SyntheticProject.create(api, await signInCookie(browser, baseURL!, ADMIN), `share-${run}`);
    PROJECT = new RegExp(project.name);
    await project.addPlan();
    const source = await project.add("source", { outlet: OUTLET, title: "Synthetic wire story", published: "2025-03-01", kind: "independent_media" });
    const report = { observed: "2025-03", percent: "12", sourceId: source.id, evidenceKind: "independent_media", confidence: "medium" };
    await project.add("progressReport", { ...report, summary: "Synthetic report: approaches under way." });
  } finally {
    await api.dispose();
  }
});

/** Every link on the page that leads somewhere inside this app other than the shared view's own addresses. */
async function workspaceLinks(page: Page, token: string): Promise<string[]> {
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.filter((href) => href.startsWith("/") && !href.startsWith("//") && !href.startsWith(`/s/${token}/`) && href.split("?")[0] !== `/s/${token}`);
}

async function expectNotFound(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText(PROJECT);
  return page.getByRole("main").innerText();
}

test("an admin shares the dashboard read-only with a stranger, then takes it back", async ({ page, browser, baseURL }) => {
  // A long story in two browsers: three times the default time, for a busy machine.
  test.slow();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await signIn(page, ADMIN);
  await page.goto(`${project.path}/share`);
  await page.getByLabel("Label").fill(LABEL);
  await page.getByLabel("Expires after").selectOption({ label: "7 days" });
  await page.getByRole("button", { name: "Create link" }).click();

  const urlField = page.getByLabel("Share URL");
  await expect(urlField).toHaveValue(/\/s\/[A-Za-z0-9_-]{43}$/);
  await page.getByRole("button", { name: "Copy", exact: true }).click();
  await expect(page.getByText("Copied to the clipboard.")).toBeVisible();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toBe(await urlField.inputValue());
  const row = page.getByRole("row").filter({ hasText: LABEL });
  await expect(row).toContainText("Active");
  await expect(row).toContainText(ADMIN.email);

  // A stranger: a fresh browser with no cookies at all.
  const stranger = await browser.newContext({ baseURL });
  const reader = await stranger.newPage();
  const response = await reader.goto(url);
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-robots-tag"]).toBe("noindex, nofollow");
  expect(headers["cache-control"]).toMatch(/private/);
  expect(headers["cache-control"]).toMatch(/no-store/);
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex, nofollow/);
  await expect(reader.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer");
  await expect(reader.locator('meta[property="og:image"]')).toHaveAttribute("content", /opengraph-image/);

  await expect(reader.getByRole("heading", { level: 1, name: PROJECT })).toBeVisible();
  // It says what it is: Bridgewatch's read-only view of a record, not a workspace page.
  await expect(reader.getByRole("banner")).toContainText("Bridgewatch");
  await expect(reader.getByText("Read-only shared view of a project record")).toBeVisible();
  await expect(reader.getByRole("figure", { name: /Planned against reported progress/ })).toBeVisible();
  await expect(reader.getByText(OUTLET).first()).toBeVisible();
  await expect(reader.locator("form")).toHaveCount(0);
  await expect(reader.getByRole("link", { name: /sign in|log in/i })).toHaveCount(0);
  await expect(reader.getByRole("link", { name: /share/i })).toHaveCount(0);
  // Its own exports and feed stay under the link; nothing leads into the workspace.
  expect(await workspaceLinks(reader, url.split("/s/")[1]!)).toEqual([]);
  await expect(reader.locator("body")).not.toContainText(ADMIN.email);
  await expect(reader.getByText("Recent changes")).toHaveCount(0);

  // Its data route and preview image answer the stranger too, with the same headers.
  const token = url.split("/s/")[1]!;
  const data = await stranger.request.get(`/api/s/${token}`);
  expect(data.status()).toBe(200);
  expect(data.headers()["x-robots-tag"]).toBe("noindex, nofollow");
  const payload = await data.text();
  expect(payload).not.toContain(ADMIN.email);
  expect(JSON.parse(payload)).toMatchObject({ recentChanges: [] });
  const image = await stranger.request.get(`/s/${token}/opengraph-image`);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");

  // Bad tokens: one and the same 404 page, whatever is wrong with them.
  const malformed = await expectNotFound(reader, "/s/not-a-token");
  const unknown = await expectNotFound(reader, `/s/${"A".repeat(43)}`);
  expect(unknown).toBe(malformed);
  expect((await stranger.request.get(`/api/s/${"A".repeat(43)}`)).status()).toBe(404);
  expect((await stranger.request.get(`/s/${"A".repeat(43)}/opengraph-image`)).status()).toBe(404);

  const robots = await stranger.request.get("/robots.txt");
  // Bots may fetch a shared view (link previews need it); the page itself keeps out of search.
  const rules = await robots.text();
  expect(rules).toMatch(/^Allow: \/s\/$/m);
  expect(rules).not.toMatch(/^Disallow: \/s\/?$/m);
  expect(rules).toMatch(/^Disallow: \/projects\/$/m);

  // Two page loads by the stranger are counted (in memory, written within a second); data polls are not views.
  await reader.goto(url);
  await expect(reader.getByRole("heading", { level: 1, name: PROJECT })).toBeVisible();
  await expect
    .poll(async () => {
      await page.reload();
      return row.getByRole("cell").nth(5).innerText();
    })
    .toBe("2");
  await expect(row.getByRole("cell").nth(4)).not.toHaveText("Never");

  // The admin revokes; the stranger's next load of the same URL is the same 404 as any bad token.
  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: /Revoke/ }).click();
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button", { name: /Revoke/ })).toHaveCount(0);

  const revoked = await reader.reload();
  expect(revoked?.status()).toBe(404);
  await expect(reader.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  expect(await reader.getByRole("main").innerText()).toBe(malformed);
  expect((await stranger.request.get(`/api/s/${token}`)).status()).toBe(404);
  await stranger.close();
});

test("a stranger with no session cannot open the share page", async ({ browser, baseURL }) => {
  const stranger = await browser.newContext({ baseURL });
  const page = await stranger.newPage();
  await page.goto(`${project.path}/share`);
  await expect(page).toHaveURL(/\/login/);
  await stranger.close();
});

test("a reader without JavaScript is told the page is partial, and where the whole record is", async ({ page, browser, baseURL }) => {
  await signIn(page, ADMIN);
  await page.goto(`${project.path}/share`);
  await page.getByLabel("Label").fill(`Without scripts ${run}`);
  await page.getByRole("button", { name: "Create link" }).click();
  const url = await page.getByRole("region", { name: "New share link" }).getByLabel("Share URL").inputValue();
  const token = url.split("/s/")[1]!;
  // Playwright's text and role queries skip <noscript>: CSS finds what the browser shows.
  const notice = (p: Page) => p.locator(".no-script-notice");
  const fileLinks = (p: Page) => notice(p).locator('nav[aria-label="The record as files"] a');

  const withScripts = await browser.newContext({ baseURL });
  const live = await withScripts.newPage();
  await live.goto(`/s/${token}`);
  await expect(live.getByRole("heading", { level: 1, name: PROJECT })).toBeVisible();
  await expect(notice(live)).toHaveCount(0);
  await withScripts.close();

  const noScripts = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const reader = await noScripts.newPage();
  await reader.goto(`/s/${token}`);
  await expect(reader.getByRole("heading", { level: 1, name: PROJECT })).toBeVisible();
  await expect(notice(reader)).toBeVisible();
  await expect(notice(reader)).toContainText("JavaScript is off, so this page shows only part of the record.");
  await expect(fileLinks(reader).first()).toHaveText("Project file (JSON)");
  const hrefs = await fileLinks(reader).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs[0]).toBe(`/s/${token}/export.json`);
  expect(hrefs.filter((href) => href.endsWith(".csv")).length).toBeGreaterThan(1);
  expect(hrefs).toContain(`/s/${token}/feed.xml`);
  for (const href of hrefs) expect((await noScripts.request.get(href)).status(), href).toBe(200);
  expect(await (await noScripts.request.get(hrefs[0]!)).text()).toContain(project.name);
  await noScripts.close();

  // The signed-in dashboard says the same, with the workspace's own files.
  const cookie = await signInCookie(browser, baseURL!, ADMIN);
  const editor = await browser.newContext({ baseURL, javaScriptEnabled: false, extraHTTPHeaders: { cookie } });
  const dashboard = await editor.newPage();
  await dashboard.goto(project.path);
  await expect(notice(dashboard)).toBeVisible();
  await expect(fileLinks(dashboard).first()).toHaveAttribute("href", `${project.path}/export.json`);
  await editor.close();
});
