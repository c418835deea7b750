/*
 * Printing the dashboard and a shared view, as an analyst does from the browser: on paper there
 * is no navigation and nothing to press, the chart and the tables fit the printable width of A4
 * and of Letter, and every page's foot says which day the view shows and where it came from.
 * Chromium's own PDF output is checked too: a PDF of a sane number of pages of the asked size.
 */
import { expect, type Page } from "@playwright/test";
import type { DashboardData } from "../../db/dashboard-data";
import { formatDay } from "../../db/domain/date-wording";
import { testWithAdminSession } from "./support/admin-session";
import { SyntheticProject } from "./support/synthetic-project";

const test = testWithAdminSession("print");
test.use({ storageState: ({ adminStorageState }, provide) => provide(adminStorageState) });
// Two PDFs a test, of a page that draws a chart first.
test.describe.configure({ timeout: 90_000 });

const SEEDED = "/projects/tumen-road-bridge";
const MM = 96 / 25.4;
/** The width inside print.css's 15 mm side margins, in CSS px. */
const PRINTABLE = { A4: Math.floor((210 - 30) * MM), Letter: Math.floor(8.5 * 96 - 30 * MM) } as const;
/** Page sizes in PDF points (1/72 in), as Chromium writes them in each page's MediaBox. */
const MEDIA_BOX = { A4: [595, 842], Letter: [612, 792] } as const;

async function serverToday(page: Page): Promise<string> {
  const response = await page.request.get(`/api${SEEDED}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as DashboardData).today;
}

/** Opens a view at a desktop width and waits for its chart: it is drawn at the screen's width, as before a real print. */
async function openDrawn(page: Page, path: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(path);
  // Its code loads after the page is usable (progress-chart.tsx).
  await expect(page.getByTestId("progress-chart").locator("svg.recharts-surface").first()).toBeVisible({ timeout: 20_000 });
}

/** What print media hides and shows, wherever the view is printed from. */
async function expectPrintLayout(page: Page, footer: string) {
  const controls = [
    page.getByRole("navigation", { name: "Dashboard sections" }),
    page.getByRole("search", { name: "Show the dashboard as of a day" }),
    page.getByRole("group", { name: "Time window" }),
    page.getByRole("navigation", { name: "Exports and feed" }),
  ];
  // On screen they are there, and the footer is not.
  for (const control of controls) await expect(control).toBeVisible();
  await expect(page.getByTestId("print-footer")).toBeHidden();
  const shown = (selector: string) => page.locator(selector).evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
  expect(await shown("button")).toBeGreaterThan(0);

  await page.emulateMedia({ media: "print" });
  for (const control of controls) await expect(control).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.locator(".skip-link")).toBeHidden();
  for (const selector of ["button", "form", "input", "select", "textarea", "summary", ".refresh-status"]) {
    expect(await shown(selector), `${selector} on paper`).toBe(0);
  }
  // What the paper is for stays: the header, the chart and its key, the tables, the sources and the citation.
  await expect(page.getByTestId("progress-chart").locator("svg.recharts-surface").first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Chart legend", exact: true })).toBeVisible();
  await expect(page.locator("#milestones table")).toBeVisible();
  await expect(page.locator(".sources")).toBeVisible();
  await expect(page.locator("cite").first()).toBeVisible();
  await expect(page.getByTestId("print-footer")).toBeVisible();
  await expect(page.getByTestId("print-footer")).toHaveText(footer);
  await expect(page.getByTestId("print-footer")).toHaveCSS("position", "fixed");
}

/**
 * The rightmost edge of anything laid out when the page is `width` wide, read in one task:
 * Chromium lays a print out at the paper's width without giving the chart a chance to measure
 * itself again, and so does this (no resize event, no ResizeObserver callback in between).
 */
async function rightmostAt(page: Page, width: number) {
  return page.evaluate((w) => {
    const root = document.documentElement;
    root.style.width = `${w}px`;
    let rightmost = { right: 0, what: "" };
    for (const el of document.body.querySelectorAll("*")) {
      // Fixed to the viewport, which this does not narrow: the footer is measured at the paper's width below.
      if (getComputedStyle(el).position === "fixed") continue;
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > rightmost.right) rightmost = { right: Math.ceil(box.right), what: `${el.tagName} ${el.getAttribute("class") ?? ""}` };
    }
    root.style.width = "";
    return rightmost;
  }, width);
}

async function expectFitsPaper(page: Page) {
  for (const [paper, width] of Object.entries(PRINTABLE)) {
    const redrawnBefore = await page.getByTestId("progress-chart").locator("svg.recharts-surface").first().getAttribute("width");
    expect(Number(redrawnBefore), `the chart was drawn at the screen's width before the ${paper} check`).toBeGreaterThan(width);
    const edge = await rightmostAt(page, width);
    expect(edge.right, `${edge.what} runs off ${paper} (${width}px printable)`).toBeLessThanOrEqual(width);
  }
  // And laid out at the paper's width from the start, nothing scrolls sideways.
  for (const [paper, width] of Object.entries(PRINTABLE)) {
    await page.setViewportSize({ width, height: 1000 });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `scroll width on ${paper}`).toBeLessThanOrEqual(width);
    for (const box of await page.locator("figure, table, .print-footer").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) {
      expect(box).toBeLessThanOrEqual(width);
    }
  }
}

/** Chromium's PDF of the page: a PDF, every page of the asked size, a sane number of them. */
async function expectPdf(page: Page, format: keyof typeof MEDIA_BOX) {
  const pdf = await page.pdf({ format });
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const text = pdf.toString("latin1");
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const pages = [...text.matchAll(/\/Type\s*\/Page(?![s\w])/g)].length;
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(40);
  expect(boxes.length).toBeGreaterThan(0);
  for (const [w, h] of boxes) {
    expect(Math.abs(w! - MEDIA_BOX[format][0])).toBeLessThan(2);
    expect(Math.abs(h! - MEDIA_BOX[format][1])).toBeLessThan(2);
  }
}

test("the dashboard prints without its controls, fits A4 and Letter, and says today's day and its address", async ({ page, baseURL }) => {
  const today = await serverToday(page);
  await openDrawn(page, SEEDED);
  await expectPrintLayout(page, `As of ${formatDay(today)} · ${baseURL}${SEEDED}`);
  await expectFitsPaper(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectPdf(page, "A4");
  await expectPdf(page, "Letter");
});

test("an earlier day's dashboard prints that day", async ({ page, baseURL }) => {
  await openDrawn(page, `${SEEDED}?asOf=2025-06-30`);
  await expectPrintLayout(page, `As of 30 Jun 2025 · ${baseURL}${SEEDED}?asOf=2025-06-30`);
});

test("a shared view prints the share link it was opened from, and fits the paper", async ({ page, browser, baseURL }) => {
  await page.goto(`${SEEDED}/share`);
  await page.getByLabel("Label").fill(`Print ${Date.now().toString(36)}`);
  await page.getByLabel("Expires after").selectOption({ label: "7 days" });
  await page.getByRole("button", { name: "Create link" }).click();
  await expect(page.getByLabel("Share URL")).toHaveValue(/\/s\/[A-Za-z0-9_-]{43}$/);
  const shareUrl = await page.getByLabel("Share URL").inputValue();
  const today = await serverToday(page);

  const stranger = await browser.newContext({ baseURL });
  const reader = await stranger.newPage();
  await openDrawn(reader, shareUrl);
  // A place on the page is not part of the view's address.
  await reader.goto(`${shareUrl}#sources`);
  await expectPrintLayout(reader, `As of ${formatDay(today)} · ${shareUrl}`);
  await expectFitsPaper(reader);
  await reader.setViewportSize({ width: 1280, height: 900 });
  await expectPdf(reader, "A4");
  await expectPdf(reader, "Letter");
  await stranger.close();
});

test("a cited source's address is written after its title on paper", async ({ page, baseURL, playwright }) => {
  // The seeded sources have no links (the source document gives none): a synthetic project's has.
  const run = Date.now().toString(36);
  const address = `https://synthetic-wire.example/${run}/story`;
  const api = await playwright.request.newContext({ baseURL });
  let project: SyntheticProject;
  try {
    // The admin session this spec's pages already have: no sign-in of its own (sign-ins are rate limited).
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    project = await SyntheticProject.create(api, cookie, `print-${run}`);
    await project.addPlan();
    const source = await project.add("source", { outlet: `Synthetic Wire ${run}`, title: "Synthetic story with a link", published: "2025-03", kind: "independent_media", url: address });
    await project.add("progressReport", { observed: "2025-03", percent: "12", sourceId: source.id, evidenceKind: "independent_media", confidence: "medium", summary: "Synthetic report." });
  } finally {
    await api.dispose();
  }
  await openDrawn(page, project.path);
  const link = page.locator(".sources").getByRole("link", { name: "Synthetic story with a link" });
  await expect(link).toHaveAttribute("href", address);
  expect(await link.evaluate((a) => getComputedStyle(a, "::after").content)).not.toContain(address);
  await page.emulateMedia({ media: "print" });
  expect(await link.evaluate((a) => getComputedStyle(a, "::after").content)).toBe(`" (${address})"`);
});

test("a chart that could not draw before printing says so, and its figures print as tables", async ({ browser, baseURL, adminStorageState }) => {
  // The page's code never arrives (as when Ctrl+P comes before it does): the page is its server
  // HTML, streamed in, and no chart ever draws. A viewport as tall as the page, so every section
  // is laid out without scrolling.
  const context = await browser.newContext({ baseURL, storageState: adminStorageState, viewport: { width: 1280, height: 6000 } });
  await context.route(/\/_next\/static\/.*\.js(\?|$)/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(SEEDED);
  const progress = page.getByTestId("progress-chart");
  const trend = page.getByTestId("forecast-trend-chart");
  const onPaper = "This chart was not drawn in time for printing. Its figures are in the tables that follow.";
  for (const chart of [progress, trend]) {
    await expect(chart.getByText("Loading chart…")).toBeVisible();
    await expect(chart.getByText(onPaper)).toBeHidden();
  }
  await expect(page.locator("details.chart-data table").first()).toBeHidden();

  await page.emulateMedia({ media: "print" });
  for (const chart of [progress, trend]) {
    await expect(chart.getByText(onPaper)).toBeVisible();
    await expect(chart.getByText("Loading chart…")).toBeHidden();
  }
  // Unfolded on paper: the reports behind the progress chart, and the claims behind the trend.
  await expect(page.locator("#progress details.chart-data").first().locator("table").first()).toBeVisible();
  await expect(trend.locator("details.chart-data table")).toBeVisible();
  await context.close();
});
