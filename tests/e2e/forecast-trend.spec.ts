/*
 * Completion forecasts over time, as a reader uses the chart: three claims on a project of the
 * spec's own (the plan of record, one claimed only as "2025", one derived from construction
 * start), a mark read by keyboard with its source, the derived arithmetic in the table twin,
 * the chart downloaded as SVG and PNG, and the same chart for a reader of a shared link.
 * Synthetic data only.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Download, type Locator } from "@playwright/test";
import { signInCookie } from "./support/accounts";
import { ADMIN, pageSignedInAs } from "./support/auth";
import { chartDrawn } from "./support/charts";
import { SyntheticProject } from "./support/synthetic-project";

const run = Date.now().toString(36);
const WIRE = `Example Wire ${run}`;
const ARITHMETIC = "Construction start Jun 2024 + 4 years = Jun 2028";

let project: SyntheticProject;
let api: APIRequestContext;

test.beforeAll(async ({ browser, playwright, baseURL }) => {
  api = await playwright.request.newContext({ baseURL });
  project = await SyntheticProject.create(api, await signInCookie(browser, baseURL!, ADMIN), `trend-${run}`);
  await project.addPlan({ start: "2024-06", window: "mid-2027" });
  const wire = await project.add("source", { outlet: WIRE, title: "Synthetic wire story", published: "2025-06", kind: "independent_media" });
  const start = (await project.readDashboard()).milestones.find((m) => m.kind === "construction_start")!;
  await project.add("forecast", { completion: "2028", claimed: "2025", sourceId: wire.id, accepted: true, note: "Synthetic: a claim made some time in 2025" });
  await project.add("forecast", { completion: "", derivedFrom: start.id, duration: "4 years", claimed: "2025-06", sourceId: wire.id, accepted: true, note: "" });
});

test.afterAll(() => api?.dispose());

async function downloaded(chart: Locator, name: string): Promise<Buffer> {
  const [download] = await Promise.all([chart.page().waitForEvent("download"), chart.getByRole("button", { name }).click()]);
  return fs.readFileSync((await (download as Download).path())!);
}

test("a reader follows the completion forecasts over time, mark by mark, and downloads the chart", async ({ browser }) => {
  const page = await pageSignedInAs(browser, ADMIN);
  await page.goto(project.path);
  const chart = page.getByRole("figure", { name: "Completion forecasts over time" });
  await expect(chart).toHaveAttribute("data-testid", "forecast-trend-chart");
  await chartDrawn(chart);
  await expect(chart.getByTestId("trend-mark")).toHaveCount(3);

  // A claim made only as "2025" is the latest (surely made by its end), and a whisker across the year, never a point.
  const vague = chart.getByRole("button", { name: new RegExp(`^Claim made 2025 by ${WIRE}: completion 2028, current plan$`) });
  await expect(vague).toHaveAttribute("data-shape", "cross");
  await vague.focus();
  const tooltip = chart.getByRole("tooltip");
  await expect(tooltip).toContainText("Completion 2028");
  await expect(tooltip).toContainText("Claimed 2025");
  await expect(tooltip).toContainText(`Source: ${WIRE}`);
  await expect(vague).toHaveAttribute("aria-describedby", (await tooltip.getAttribute("id"))!);

  const derived = chart.getByRole("button", { name: `Claim made Jun 2025 by ${WIRE}: completion Jun 2028 (derived: ${ARITHMETIC})`, exact: true });
  await derived.focus();
  await expect(tooltip).toContainText(`Derived: ${ARITHMETIC}`);
  await page.keyboard.press("Escape");
  await expect(tooltip).toHaveCount(0);

  await chart.getByText("Show the forecast chart data as a table").click();
  const table = chart.getByRole("table", { name: /^Completion forecasts over time/ });
  await expect(table.getByRole("row").filter({ hasText: ARITHMETIC })).toContainText("Accepted; a later claim replaced it");
  await expect(table.getByRole("row").filter({ hasText: "mid-2027" })).toContainText("Original plan (baseline)");

  const svg = (await downloaded(chart, "Download SVG")).toString("utf8");
  expect(svg.startsWith("<svg")).toBe(true);
  expect(svg).toContain(`Bridgewatch · ${project.name} · as of `);
  const png = await downloaded(chart, "Download PNG");
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  const progressSvg = (await downloaded(page.getByTestId("progress-chart"), "Download SVG")).toString("utf8");
  expect(progressSvg.startsWith("<svg")).toBe(true);
  // Read away from the page, each file still says what its marks are and where its figures come from.
  for (const file of [svg, progressSvg]) {
    expect(file).toMatch(/Figures and their sources: http:\/\/[^ <]+\?asOf=\d{4}-\d{2}-\d{2}&amp;mode=recorded/);
  }
  expect(progressSvg).toContain(">Today</text>");
  expect(svg).toMatch(/<text[^>]*>Original plan \(baseline\): /);

  await page.addScriptTag({ path: path.join(process.cwd(), "node_modules/axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (s: string) => Promise<{ violations: { id: string }[] }> } }).axe;
    return (await axe.run('[data-testid="forecast-trend-chart"]')).violations.map((v) => v.id);
  });
  expect(violations).toEqual([]);
  await page.context().close();
});

test("a reader of a shared link sees the same claims, with no account", async ({ browser, baseURL }) => {
  const admin = await pageSignedInAs(browser, ADMIN);
  await admin.goto(`${project.path}/share`);
  await admin.getByLabel("Label").fill(`Forecast trend ${run}`);
  await admin.getByLabel("Expires after").selectOption({ label: "7 days" });
  await admin.getByRole("button", { name: "Create link" }).click();
  await expect(admin.getByLabel("Share URL")).toHaveValue(/\/s\/[A-Za-z0-9_-]{43}$/);
  const shareUrl = await admin.getByLabel("Share URL").inputValue();
  await admin.context().close();

  const stranger = await browser.newContext({ baseURL });
  const reader = await stranger.newPage();
  expect((await reader.goto(shareUrl))?.status()).toBe(200);
  const chart = reader.getByRole("figure", { name: "Completion forecasts over time" });
  await chartDrawn(chart);
  await expect(chart.getByTestId("trend-mark")).toHaveCount(3);
  await chart.getByRole("button", { name: new RegExp(`^Claim made 2025 by ${WIRE}`) }).focus();
  await expect(chart.getByRole("tooltip")).toContainText(`Source: ${WIRE}`);
  await stranger.close();
});
