/*
 * Dark mode as a reader meets it (issue 12): a system in dark mode gets the dark theme on the
 * dashboard and a shared view, accessible and under the CSP; the theme control overrides the
 * system, is remembered across reloads and pages, and is in force before the first paint; print
 * and chart downloads stay light.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { callAction } from "./support/action-call";
import { testWithAdminSession } from "./support/admin-session";
import { actionNamed, pagePathOf } from "./support/built-actions";
import { SyntheticProject } from "./support/synthetic-project";

const test = testWithAdminSession("dark-mode");
test.use({ storageState: ({ adminStorageState }, provide) => provide(adminStorageState) });

const DASHBOARD = "/projects/tumen-road-bridge";
const run = Date.now().toString(36);
let sharePath: string;

test.beforeAll(async ({ adminStorageState, playwright, baseURL }) => {
  // The first pages a fresh server renders are slow.
  test.setTimeout(120_000);
  const api = await playwright.request.newContext({ baseURL });
  const state = JSON.parse(fs.readFileSync(adminStorageState, "utf8")) as { cookies: { name: string; value: string }[] };
  const cookie = state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const project = await SyntheticProject.create(api, cookie, `dark-${run}`);
  await project.addPlan();
  const action = actionNamed("createShareLink");
  const response = await callAction(api, { id: action.id, args: [{ projectSlug: project.slug, label: `dark ${run}`, expires: "1h" }], cookie, path: pagePathOf(action, { slug: project.slug }) });
  sharePath = new URL((response.result as { data: { url: string } }).data.url).pathname;
  await api.dispose();
});

/**
 * Records, from before any of the page's own scripts: CSP violations, hydration errors, and the
 * theme <html> carries when <body> is first parsed, which is before the first paint and long
 * before React hydrates.
 */
async function watch(page: Page) {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply)|hydrat|Minified React error #4(18|19|23|25)/i.test(m.text())) problems.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[]; themeAtBody?: string };
    w.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      w.themeAtBody = document.documentElement.dataset.theme ?? "none";
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  return {
    async problems() {
      const inPage = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      return [...problems, ...inPage];
    },
    themeAtBody: () => page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody),
  };
}

/** The relative luminance of the body's computed background. */
async function bodyLuminance(page: Page): Promise<number> {
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = background.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const expectDark = async (page: Page) => expect.poll(() => bodyLuminance(page)).toBeLessThan(0.05);
const expectLight = async (page: Page) => expect.poll(() => bodyLuminance(page)).toBeGreaterThan(0.8);

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: path.join(process.cwd(), "node_modules/axe-core/axe.min.js") });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

async function open(page: Page, url: string) {
  await page.goto(url);
  await page.waitForLoadState("networkidle");
}

test.describe("a system in dark mode", () => {
  test.beforeEach(async ({ page }) => page.emulateMedia({ colorScheme: "dark" }));

  test("gets the dashboard dark, its chart marks in the dark palette, with no axe or CSP violation", async ({ page }) => {
    const seen = await watch(page);
    await open(page, DASHBOARD);
    await expectDark(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    const chart = page.getByTestId("progress-chart");
    await expect(chart.getByTestId("reported-point").first()).toBeVisible();
    // --reported of the dark palette: the marks follow the theme, not only the page behind them.
    const markFill = await chart.locator(".report-mark__shape").first().evaluate((el) => getComputedStyle(el).fill);
    expect(markFill).toBe("rgb(238, 241, 245)");
    expect(await axeViolations(page)).toEqual([]);
    expect(await seen.problems()).toEqual([]);
  });

  test("gets a shared view dark, with no axe or CSP violation", async ({ browser }) => {
    const reader = await browser.newContext({ baseURL: test.info().project.use.baseURL, colorScheme: "dark" });
    const page = await reader.newPage();
    const seen = await watch(page);
    await open(page, sharePath);
    await expect(page.getByText("Read-only shared view")).toBeVisible();
    await expectDark(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(await seen.problems()).toEqual([]);
    await reader.close();
  });

  test("downloads the chart in the light theme, and the page stays dark", async ({ page }) => {
    await open(page, DASHBOARD);
    const chart = page.getByTestId("progress-chart");
    await expect(chart.getByTestId("reported-point").first()).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent("download"), chart.getByRole("button", { name: "Download SVG" }).click()]);
    const svg = await download.createReadStream().then(async (s) => Buffer.concat(await s.toArray()).toString("utf8"));
    expect(svg).toContain("fill: rgb(20, 24, 31)"); // light --reported
    expect(svg).not.toContain("rgb(238, 241, 245)"); // dark --reported
    await expectDark(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
  });
});

test("the theme control overrides the system, is remembered across reloads and pages, and applies before the first paint", async ({ page }) => {
  // Seven page loads.
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: "dark" });
  const seen = await watch(page);
  await open(page, DASHBOARD);
  const theme = page.getByRole("banner").getByLabel("Theme");
  await expect(theme).toHaveValue("system");
  await theme.selectOption("Light");
  await expectLight(page);

  await page.reload({ waitUntil: "networkidle" });
  expect(await seen.themeAtBody()).toBe("light");
  await expectLight(page);
  await expect(theme).toHaveValue("light");

  // A page reached through the app's own links, then a page loaded afresh.
  await page.getByRole("banner").getByRole("link", { name: "Projects", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
  await expectLight(page);
  await open(page, sharePath);
  expect(await seen.themeAtBody()).toBe("light");
  await expect(page.getByLabel("Theme")).toHaveValue("light");
  await expectLight(page);

  // Dark chosen on a light system; then back to following the system.
  await page.emulateMedia({ colorScheme: "light" });
  await page.getByLabel("Theme").selectOption("Dark");
  await expectDark(page);
  await open(page, DASHBOARD);
  expect(await seen.themeAtBody()).toBe("dark");
  await expectDark(page);
  await theme.selectOption("System");
  await expectLight(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectDark(page);
  await page.reload({ waitUntil: "networkidle" });
  expect(await seen.themeAtBody()).toBe("none");
  await expect(theme).toHaveValue("system");

  expect(await seen.problems()).toEqual([]);
});

test("the head script carries the response's own nonce", async ({ page }) => {
  const response = await page.request.get(DASHBOARD);
  const nonce = /script-src 'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  const html = await response.text();
  const script = /<script nonce="([^"]+)">try\{var t=localStorage\.getItem\("bridgewatch:theme"\)/.exec(html);
  expect(script?.[1]).toBe(nonce);
});

test("print is light, even when the reader chose dark", async ({ page }) => {
  await open(page, DASHBOARD);
  await page.getByRole("banner").getByLabel("Theme").selectOption("Dark");
  await expectDark(page);
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  await expectLight(page);
  await expect(page.getByRole("banner").getByLabel("Theme")).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await expectDark(page);
});
