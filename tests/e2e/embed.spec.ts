/*
 * Embedding a shared view: a link frames nowhere until an editor lists the sites that may
 * frame it; then exactly those sites may, in a real Chromium, and no other; the compact embed
 * fits its 600×400 frame; revoking the link ends the embed; no workspace page is ever framed.
 * The parent pages come from two tiny servers of this spec on 127.0.0.1 (Chromium lets a
 * loopback page frame a loopback server, where a page it was handed by Playwright may not),
 * one of an origin the link lists and one of an origin it does not.
 */
import http from "node:http";
import { expect, test, type APIResponse, type Browser, type Page } from "@playwright/test";
import { signInCookie } from "./support/accounts";
import { ADMIN, signIn } from "./support/auth";
import { SyntheticProject } from "./support/synthetic-project";

const run = Date.now().toString(36);
const ALSO_ALLOWED = "https://news.example";
let ALLOWED: string;
let ELSEWHERE: string;
const parents: http.Server[] = [];

let project: SyntheticProject;

/** A server on the first free port of the range this spec may use, answering every path with a page that frames ?src= at 600×400. */
async function parentServer(ports: number[]): Promise<string> {
  const server = http.createServer((req, res) => {
    const src = new URL(req.url ?? "/", "http://x").searchParams.get("src") ?? "";
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(`<!doctype html><title>parent</title><iframe src="${src.replace(/"/g, "")}" width="600" height="400" style="border:0" onload="document.title='loaded'"></iframe>`);
  });
  for (const port of ports) {
    const listening = await new Promise<boolean>((resolve) => {
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => resolve(true));
    });
    if (listening) {
      parents.push(server);
      return `http://127.0.0.1:${port}`;
    }
  }
  throw new Error(`No free port among ${ports.join(", ")} for a parent page`);
}

test.beforeAll(async () => {
  ALLOWED = await parentServer([3352, 3353, 3354, 3355]);
  ELSEWHERE = await parentServer([3356, 3357, 3358, 3359]);
});
test.afterAll(async () => {
  await Promise.all(parents.map((server) => new Promise((resolve) => server.close(resolve))));
});

test.beforeAll(async ({ browser, playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  try {
    project = await SyntheticProject.create(api, await signInCookie(browser, baseURL!, ADMIN), `embed-${run}`);
    await project.addPlan();
    const source = await project.add("source", { outlet: `Embed Wire ${run}`, title: "Synthetic wire story", published: "2025-03-01", kind: "independent_media" });
    await project.add("progressReport", {
      observed: "2025-03",
      percent: "12",
      sourceId: source.id,
      evidenceKind: "independent_media",
      confidence: "medium",
      summary: "Synthetic report: approaches under way.",
    });
  } finally {
    await api.dispose();
  }
});

const frameAncestors = (response: APIResponse | { headers(): Record<string, string> }) =>
  /frame-ancestors ([^;]+)/.exec(response.headers()["content-security-policy"] ?? "")?.[1];

/** Creates a link on the share page; its URL and, when sites may embed it, its embed code. */
async function createLink(page: Page, label: string, origins = "", of: SyntheticProject = project) {
  await page.goto(`${of.path}/share`);
  await page.getByLabel("Label").fill(label);
  if (origins) await page.getByLabel("Sites that may embed it (optional)").fill(origins);
  await page.getByRole("button", { name: "Create link" }).click();
  const created = page.getByRole("region", { name: "New share link" });
  const url = await created.getByLabel("Share URL").inputValue();
  expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);
  const code = origins ? await created.getByLabel("Embed code").inputValue() : null;
  if (!origins) await expect(created.getByLabel("Embed code")).toHaveCount(0);
  return { url, code, token: url.split("/s/")[1]! };
}

/** A page of `parent` that frames `src` at 600×400, in a browser with no session. */
async function framedBy(browser: Browser, parent: string, src: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${parent}/?src=${encodeURIComponent(src)}`);
  await expect(page).toHaveTitle("loaded");
  // A frame the browser refused holds its error page instead of the document asked for.
  const shown = () => page.frames().find((f) => f.parentFrame() === page.mainFrame())?.url();
  return { page, shown, frame: page.frameLocator("iframe"), close: () => context.close() };
}

test("a link no site may embed: its view and its embed are framed by none", async ({ page, request }) => {
  await signIn(page, ADMIN);
  const { token } = await createLink(page, `Not embedded ${run}`);
  for (const path of [`/s/${token}`, `/s/${token}/embed`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(frameAncestors(response), path).toBe("'none'");
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }
});

test("an editor lets two sites embed a link: exactly those may frame it, until the link is revoked", async ({ page, request, browser, baseURL }) => {
  test.setTimeout(90_000);
  await signIn(page, ADMIN);
  const label = `Two sites ${run}`;

  // A bad origin is refused where it was typed, and no link is made.
  await page.goto(`${project.path}/share`);
  await page.getByLabel("Label").fill(label);
  const sites = page.getByLabel("Sites that may embed it (optional)");
  await sites.fill("http://news.example");
  await page.getByRole("button", { name: "Create link" }).click();
  await expect(sites).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/"http:\/\/news.example" uses http: only https sites may embed/)).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: label })).toHaveCount(0);

  const { token, code } = await createLink(page, label, `${ALLOWED}\nHTTPS://News.Example:443/`);
  const embedUrl = `${baseURL}/s/${token}/embed`;
  expect(code).toBe(
    `<iframe src="${embedUrl}" width="600" height="400" title="${project.name}: progress against plan" loading="lazy" referrerpolicy="no-referrer" style="border:0"></iframe>`,
  );
  await expect(page.getByRole("row").filter({ hasText: label })).toContainText(`${ALLOWED}, ${ALSO_ALLOWED}`);

  for (const path of [`/s/${token}`, `/s/${token}/embed`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(frameAncestors(response), path).toBe(`${ALLOWED} ${ALSO_ALLOWED}`);
    expect(response.headers()["x-frame-options"], path).toBeUndefined();
    expect(response.headers()["x-bridgewatch-frame-ancestors"], path).toBeUndefined();
    expect(response.headers()["referrer-policy"], path).toBe("no-referrer");
    expect(response.headers()["x-robots-tag"], path).toBe("noindex, nofollow");
  }
  // An earlier day's view is another page, and not framed.
  expect(frameAncestors(await request.get(`/s/${token}?asOf=2025-06-01`))).toBe("'none'");

  // An allowed site frames it: the compact view, whole in 600×400, with the way to the full view.
  const allowed = await framedBy(browser, ALLOWED, embedUrl);
  expect(allowed.shown()).toBe(embedUrl);
  await expect(allowed.frame.getByRole("heading", { level: 1, name: project.name })).toBeVisible();
  await expect(allowed.frame.locator(".embed__plot svg.recharts-surface")).toBeVisible();
  const full = allowed.frame.getByRole("link", { name: "Open the full view" });
  await expect(full).toHaveAttribute("href", `/s/${token}`);
  await expect(full).toHaveAttribute("target", "_blank");
  await expect(full).toHaveAttribute("rel", "noopener");
  await expect(allowed.frame.locator(".embed__facts")).toContainText("12%");
  const fit = await allowed.frame.locator("html").evaluate((html) => ({
    height: html.scrollHeight,
    width: html.scrollWidth,
    viewport: [window.innerWidth, window.innerHeight],
    lowest: Math.max(...[...document.querySelectorAll(".embed *")].map((e) => e.getBoundingClientRect().bottom)),
  }));
  expect(fit.viewport).toEqual([600, 400]);
  expect(fit.height, "no vertical scrolling").toBeLessThanOrEqual(400);
  expect(fit.width, "no horizontal scrolling").toBeLessThanOrEqual(600);
  expect(fit.lowest, "nothing below the frame").toBeLessThanOrEqual(400);

  // Another site: the server answers as ever (the headers above), and Chromium refuses to show it.
  const elsewhere = await framedBy(browser, ELSEWHERE, embedUrl);
  expect(elsewhere.shown()).not.toBe(embedUrl);
  await expect(elsewhere.frame.getByRole("link", { name: "Open the full view" })).toHaveCount(0);
  await elsewhere.close();

  // The editor narrows the list: a bad entry is refused in place, then the new list holds within a second.
  const embedding = page.getByRole("group", { name: `Embedding of "${label}"` });
  const field = embedding.getByLabel("Sites that may embed it");
  await expect(field).toHaveValue(`${ALLOWED}\n${ALSO_ALLOWED}`);
  await field.fill(`${ALSO_ALLOWED}\nhttps://*.example`);
  await embedding.getByRole("button", { name: "Save sites" }).click();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(embedding.getByText(/wildcard/)).toBeVisible();
  expect(frameAncestors(await request.get(`/s/${token}/embed`))).toBe(`${ALLOWED} ${ALSO_ALLOWED}`);
  await field.fill(ALSO_ALLOWED);
  await embedding.getByRole("button", { name: "Save sites" }).click();
  await expect(page.getByText(`"${label}" may be embedded by 1 site.`).first()).toBeVisible();
  await expect.poll(async () => frameAncestors(await request.get(`/s/${token}/embed`)), { timeout: 3000 }).toBe(ALSO_ALLOWED);
  await allowed.page.reload();
  await expect(allowed.page).toHaveTitle("loaded");
  await expect(allowed.frame.getByRole("link", { name: "Open the full view" })).toHaveCount(0);

  // Revoked: the embed is the 404 of any bad token, framed by none.
  await field.fill(ALLOWED);
  await embedding.getByRole("button", { name: "Save sites" }).click();
  await expect.poll(async () => frameAncestors(await request.get(`/s/${token}/embed`)), { timeout: 3000 }).toBe(ALLOWED);
  await allowed.page.reload();
  await expect(allowed.frame.getByRole("link", { name: "Open the full view" })).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("row").filter({ hasText: label }).getByRole("button", { name: /Revoke/ }).click();
  await expect(page.getByRole("row").filter({ hasText: label })).toContainText("Revoked");
  const gone = await request.get(`/s/${token}/embed`);
  expect(gone.status()).toBe(404);
  expect(frameAncestors(gone)).toBe("'none'");
  await allowed.page.reload();
  await expect(allowed.page).toHaveTitle("loaded");
  await expect(allowed.frame.getByRole("link", { name: "Open the full view" })).toHaveCount(0);
  await allowed.close();
});

test("every workspace page refuses framing, even from a site a link allows", async ({ browser, baseURL, page }) => {
  await signIn(page, ADMIN);
  for (const path of ["/", project.path, `${project.path}/share`, "/login"]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(400);
    expect(frameAncestors(response), path).toBe("'none'");
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }
  const { token } = await createLink(page, `Allowed parent ${run}`, ALLOWED);
  const shared = await framedBy(browser, ALLOWED, `${baseURL}/s/${token}/embed`);
  await expect(shared.frame.getByRole("link", { name: "Open the full view" })).toBeVisible();
  await shared.close();
  const workspace = await framedBy(browser, ALLOWED, `${baseURL}/login`);
  expect(workspace.shown()).not.toBe(`${baseURL}/login`);
  await expect(workspace.frame.getByRole("button", { name: /sign in/i })).toHaveCount(0);
  await workspace.close();
});

test("a moved plan is said in the embed too: both plans, both verdicts, when and by whom it moved", async ({ page, browser, playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  let moved: SyntheticProject;
  try {
    moved = await SyntheticProject.create(api, await signInCookie(browser, baseURL!, ADMIN), `embed-moved-${run}`);
    await moved.addPlan({ window: "mid-2026" });
    const later = await moved.add("source", { outlet: `Later Wire ${run}`, title: "Synthetic later claim", published: "2026-05", kind: "independent_media" });
    await moved.add("forecast", { completion: "Q4 2027", claimed: "2026-05", sourceId: later.id, accepted: true });
  } finally {
    await api.dispose();
  }
  await signIn(page, ADMIN);
  const { token } = await createLink(page, `Moved ${run}`, "", moved);

  const reader = await browser.newContext({ viewport: { width: 600, height: 400 } });
  try {
    const embed = await reader.newPage();
    await embed.goto(`/s/${token}/embed`);
    const head = embed.locator(".embed__head");
    await expect(head).toContainText("Current plan: Q4 2027 (original plan: mid-2026)");
    await expect(head).toContainText(`The plan moved in May 2026 (Later Wire ${run}): later by`);
    await expect(head).toContainText("Against the original plan (mid-2026):");
    await expect(head).toContainText("Against the current plan (Q4 2027):");
    const height = await embed.locator("html").evaluate((html) => html.scrollHeight);
    expect(height, "still no vertical scrolling").toBeLessThanOrEqual(400);
  } finally {
    await reader.close();
  }
});
