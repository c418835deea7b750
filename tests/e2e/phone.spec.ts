/*
 * The dashboard on a phone and a tablet: no page scrolls sideways (tables scroll in their own
 * box), the chart opens on the project's own span with older context gathered at its left edge,
 * a preset widens it, and a shared view reads each report against the plan of its time. The
 * shared project is synthetic data of this run; the seeded project is only read.
 */
import { expect, type Page } from "@playwright/test";
import { signInCookie } from "./support/accounts";
import { ADMIN, signIn } from "./support/auth";
import { chartDrawn, dashboardHydrated } from "./support/charts";
import { SyntheticProject } from "./support/synthetic-project";
import { testWithAdminSession } from "./support/admin-session";

const run = Date.now().toString(36);
const SEEDED = "/projects/tumen-road-bridge";
const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "tablet", width: 768, height: 1024 },
] as const;

const test = testWithAdminSession("phone");

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `the page is ${scrollWidth}px wide in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
}

/** Waits for the progress chart to draw, scrolled to as a reader would. */
const progressDrawn = (page: Page) => chartDrawn(page.getByTestId("progress-chart"));

test.describe.configure({ mode: "serial" });

test.describe("a signed-in reader", () => {
  test.use({ storageState: ({ adminStorageState }, provide) => provide(adminStorageState) });

  for (const viewport of VIEWPORTS) {
    test.describe(`on a ${viewport.name} (${viewport.width} px)`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });

      test("scrolls neither the project list nor the dashboard sideways", async ({ page }) => {
        await page.goto("/");
        await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
        await expectNoSidewaysScroll(page);

        await page.goto(SEEDED);
        await progressDrawn(page);
        await expectNoSidewaysScroll(page);
        await page.getByText("Show the chart data as tables").click();
        await expectNoSidewaysScroll(page);
      });

      test("opens the chart on the project's span, the 2022 event at its edge, and widens it to all records", async ({ page }) => {
        await page.goto(SEEDED);
        await progressDrawn(page);
        const chart = page.getByTestId("progress-chart");
        const axis = chart.locator(".recharts-xAxis-tick-labels");
        const window = chart.getByRole("group", { name: "Time window" });
        await expect(window.getByRole("button", { name: "Project span" })).toHaveAttribute("aria-pressed", "true");
        await expect(axis).not.toContainText("2022");

        const earlier = chart.getByRole("button", { name: /^1 earlier event, before the chart's time window: 2022 — Russia's invasion of Ukraine begins/ });
        await expect(earlier).toHaveAttribute("data-edge", "before");
        await earlier.focus();
        await expect(page.getByRole("tooltip")).toContainText("1 earlier event");
        await expect(page.getByRole("tooltip")).toContainText("2022 — Russia's invasion of Ukraine begins (News report");
        await page.keyboard.press("Escape");
        await expect(page.getByRole("tooltip")).toBeHidden();

        await window.getByRole("button", { name: "All records" }).click();
        await expect(window.getByRole("button", { name: "All records" })).toHaveAttribute("aria-pressed", "true");
        await expect(axis).toContainText("2022");
        await expect(earlier).toHaveCount(0);
        await expect(chart.getByRole("button", { name: "Event: Russia's invasion of Ukraine begins, 2022" })).toBeVisible();
        await expectNoSidewaysScroll(page);
      });

      test("reads the legend folded on a phone and open on a wider screen", async ({ page }) => {
        await page.goto(SEEDED);
        await progressDrawn(page);
        const legend = page.getByTestId("progress-chart").getByRole("list", { name: "Chart legend" });
        if (viewport.width < 640) {
          await expect(legend).toBeHidden();
          await page.getByTestId("progress-chart").getByText("Legend", { exact: true }).click();
        }
        await expect(legend).toBeVisible();
        await expect(legend).toContainText("Today");
      });
    });
  }

  test.describe("on a phone, arriving", () => {
    test.use({ viewport: { width: 390, height: 844 } });
    const charts = (page: Page) => page.locator(".dashboard svg.recharts-surface");

    test("pays for the charts only when the reader scrolls to them", async ({ page }) => {
      await page.goto(SEEDED);
      await page.waitForLoadState("networkidle");
      // The first screen is the header: neither chart below it has drawn, and each frame says it is waiting.
      await expect(page.getByTestId("progress-chart").locator(".chart-loading")).toHaveText("Loading chart…", { useInnerText: true });
      await expect(charts(page)).toHaveCount(0);
      // The tables below the charts are in the page from the start, for reading and find-in-page.
      await expect(page.getByRole("heading", { name: "Sources" })).toBeAttached();

      await chartDrawn(page.getByTestId("progress-chart"));
      await chartDrawn(page.getByTestId("forecast-trend-chart"));
    });

    test("fetches no other page while arriving, and a link's page once the reader reaches for it", async ({ page }) => {
      // A page Next's router fetches (a prefetch or a navigation) is asked for with the RSC header.
      const fetched: string[] = [];
      page.on("request", (request) => {
        if (request.headers()["rsc"] === "1") fetched.push(new URL(request.url()).pathname);
      });
      await page.goto(SEEDED);
      await dashboardHydrated(page);
      await page.waitForLoadState("networkidle");
      // The header's links and the share link are on screen, and none of their pages was fetched.
      await expect(page.getByRole("link", { name: "Share a read-only link" })).toBeInViewport();
      expect(fetched).toEqual([]);

      await page.getByRole("link", { name: "Share a read-only link" }).hover();
      await expect.poll(() => fetched).toContain(`${SEEDED}/share`);
      expect(fetched.every((pathname) => pathname === `${SEEDED}/share`), `fetched: ${fetched.join(", ")}`).toBe(true);
    });

    test("answers the first tap on a control of a section that has not woken yet", async ({ page }) => {
      await page.goto(SEEDED);
      await page.waitForLoadState("networkidle");
      // One motion: the tap scrolls the button to the screen and lands at once, before the section has hydrated.
      const window = page.getByTestId("progress-chart").getByRole("group", { name: "Time window" });
      await window.getByRole("button", { name: "All records" }).click();
      await expect(window.getByRole("button", { name: "All records" })).toHaveAttribute("aria-pressed", "true");
      await chartDrawn(page.getByTestId("progress-chart"));
      await expect(page.getByTestId("progress-chart").locator(".recharts-xAxis-tick-labels")).toContainText("2022");
    });

    test("draws every chart for printing, wherever the reader is on the page", async ({ page }) => {
      await page.goto(SEEDED);
      await page.waitForLoadState("networkidle");
      await expect(charts(page)).toHaveCount(0);
      await page.emulateMedia({ media: "print" });
      await expect(page.getByTestId("progress-chart").locator("svg.recharts-surface").first()).toBeVisible({ timeout: 20_000 });
      await expect(page.getByTestId("forecast-trend-chart").locator("svg.recharts-surface").first()).toBeVisible({ timeout: 20_000 });
    });

    test("opens the print dialog from Ctrl+P only once every chart has drawn", async ({ page }) => {
      // The dialog itself is the browser's: this records what the page holds when it would open.
      await page.addInitScript(() => {
        const w = window as unknown as { printedCharts?: number[] };
        window.print = () => (w.printedCharts ??= []).push(document.querySelectorAll(".dashboard svg.recharts-surface").length);
      });
      await page.goto(SEEDED);
      await page.waitForLoadState("networkidle");
      await dashboardHydrated(page);
      await expect(charts(page)).toHaveCount(0);
      await page.keyboard.press("Control+p");
      await expect.poll(() => page.evaluate(() => (window as unknown as { printedCharts?: number[] }).printedCharts ?? []), { timeout: 20_000 }).toHaveLength(1);
      const [drawn] = await page.evaluate(() => (window as unknown as { printedCharts: number[] }).printedCharts);
      expect(drawn).toBeGreaterThanOrEqual(2);
      await expect(page.getByTestId("forecast-trend-chart").locator(".chart-loading")).toHaveCount(0);
    });
  });
});

test.describe("a reader of a shared link", () => {
  // Without a session, so the share link is read as a stranger reads it and set-up signs in afresh.
  test.use({ storageState: { cookies: [], origins: [] } });

  let shareUrl: string;

  test.beforeAll(async ({ browser, playwright, baseURL }) => {
    // A fresh server answers its first requests slowly.
    test.setTimeout(120_000);
    const api = await playwright.request.newContext({ baseURL });
    try {
      const adminCookie = await signInCookie(browser, baseURL!, ADMIN);
      const project = await SyntheticProject.create(api, adminCookie, `phone-${run}`);
      // Construction from Jun 2024 and a plan of mid-2027, moved to 2028, then to H2 2029.
      await project.addPlan({ start: "2024-06", window: "mid-2027" });
      const sourceId = await project.citedSourceId();
      await project.add("forecast", { completion: "2028", claimed: "2025-03", sourceId, accepted: true, note: "Synthetic: first move." });
      await project.add("forecast", { completion: "H2 2029", claimed: "2026-01", sourceId, accepted: true, note: "Synthetic: second move." });
      await project.add("progressReport", {
        observed: "2025-06",
        published: "2025-07",
        percent: "20",
        summary: `Synthetic report ${run}: deck half laid.`,
        sourceId,
        evidenceKind: "satellite_imagery",
        confidence: "medium",
      });
      await project.add("event", { date: "2019", title: "Synthetic treaty signed", summary: "Synthetic context.", category: "diplomatic", parties: ["Party A"], sourceId });

      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      await signIn(page, ADMIN);
      await page.goto(`${project.path}/share`);
      await page.getByLabel("Label").fill(`Phone reader ${run}`);
      await page.getByLabel("Expires after").selectOption({ label: "7 days" });
      await page.getByRole("button", { name: "Create link" }).click();
      await expect(page.getByLabel("Share URL")).toHaveValue(/\/s\/[A-Za-z0-9_-]{43}$/);
      shareUrl = await page.getByLabel("Share URL").inputValue();
      await context.close();
    } finally {
      await api.dispose();
    }
  });

  for (const viewport of VIEWPORTS) {
    test.describe(`on a ${viewport.name} (${viewport.width} px)`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });

      test("scrolls the shared view not sideways, and reads a report against the plan of its time", async ({ page }) => {
        expect((await page.goto(shareUrl))?.status()).toBe(200);
        await progressDrawn(page);
        await expectNoSidewaysScroll(page);

        const chart = page.getByTestId("progress-chart");
        await expect(chart.getByTestId("superseded-band").first()).toBeAttached();
        await expect(chart.getByRole("button", { name: /^1 earlier event, .*Synthetic treaty signed/ })).toBeAttached();
        await chart.getByRole("button", { name: /^Reported 20% observed Jun 2025/ }).focus();
        const tooltip = page.getByRole("tooltip");
        await expect(tooltip).toContainText("Against the plan in force then (2028, claimed Mar 2025)");
        await expect(tooltip).toContainText("Against the current plan (H2 2029, claimed Jan 2026)");
      });
    });
  }
});
