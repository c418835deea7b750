import { expect } from "@playwright/test";
import { testWithAdminSession } from "./support/admin-session";

const test = testWithAdminSession("dashboard");

const PROJECT = /Tumen River road bridge/;
const DASHBOARD = "/projects/tumen-road-bridge";

test.describe("a signed-in reader", () => {
  test.use({ storageState: ({ adminStorageState }, provide) => provide(adminStorageState) });

  test("sees the project and its status on the list, and opens its dashboard", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
    const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: PROJECT }) });
    await expect(card.getByText(/Overdue/)).toBeVisible();
    await expect(card).toContainText("mid-2026");

    await card.getByRole("link", { name: PROJECT }).click();
    await expect(page).toHaveURL(DASHBOARD);
    await expect(page.getByRole("heading", { level: 1, name: PROJECT })).toBeVisible();
  });

  test("reads the original plan, the status and the rule behind it in the header", async ({ page }) => {
    await page.goto(DASHBOARD);
    const header = page.getByRole("region", { name: PROJECT });
    await expect(header.getByText(/Overdue/).first()).toBeVisible();
    await expect(header).toContainText("mid-2026 (May – Aug 2026)");
    await expect(header).toContainText("claimed 30 Apr 2025 by Kommersant");
    await expect(header).toContainText("KCNA");

    await header.getByText("How status is decided").click();
    await expect(header.getByRole("listitem").filter({ hasText: "applies now" })).toContainText("Overdue");
  });

  test("sees the chart with its planned band, a reported point and events on the time axis", async ({ page }) => {
    await page.goto(DASHBOARD);
    const chart = page.getByRole("figure", { name: /Planned against reported progress/ });
    await expect(chart).toHaveAttribute("data-testid", "progress-chart");
    await expect(chart.getByTestId("planned-band").first()).toBeVisible();
    await expect(chart.getByTestId("reported-point").first()).toBeVisible();
    await expect(chart.getByTestId("event-marker").first()).toBeVisible();
    // Marks too close for their own 24 px target share one, which names them all (chart-strip.tsx).
    const names = await chart.getByTestId("event-marker").evaluateAll((marks) => marks.map((m) => m.getAttribute("aria-label") ?? ""));
    const standsFor = (name: string) => Number(/^(\d+) (earlier|later) event/.exec(name)?.[1] ?? 1 + Number(/; and (\d+) more here/.exec(name)?.[1] ?? 0));
    expect(names.reduce((sum, name) => sum + standsFor(name), 0)).toBeGreaterThanOrEqual(7);
  });

  test("hovers or focuses an event marker to read what happened, when, and who said so", async ({ page }) => {
    await page.goto(DASHBOARD);
    const chart = page.getByTestId("progress-chart");
    const marker = chart.getByTestId("event-marker").and(chart.getByRole("button", { name: /Putin visits Pyongyang/ }));

    await marker.hover();
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toContainText("Putin visits Pyongyang; comprehensive strategic partnership signed");
    await expect(tooltip).toContainText("19 Jun 2024");
    await expect(tooltip).toContainText("News report (seed document)");

    await page.mouse.move(0, 0);
    await expect(tooltip).toBeHidden();

    await chart.getByRole("button", { name: /Russia's invasion of Ukraine begins/ }).focus();
    await expect(page.getByRole("tooltip")).toContainText("Russia's invasion of Ukraine begins");
    await expect(page.getByRole("tooltip")).toContainText("2022");
  });

  test("gives every tab stop in the charts a name: the marks are the stops, the chart surfaces are not", async ({ page }) => {
    await page.goto(DASHBOARD);
    await expect(page.getByTestId("progress-chart").getByTestId("event-marker").first()).toBeVisible();
    const stops = await page.locator(".chart-plot, [data-testid=forecast-trend-chart]").evaluateAll((charts) =>
      charts.flatMap((chart) =>
        [...chart.querySelectorAll<HTMLElement | SVGElement>('[tabindex]:not([tabindex="-1"])')].map((el) => ({
          tag: el.tagName,
          name: el.getAttribute("aria-label") ?? el.getAttribute("aria-labelledby") ?? el.textContent?.trim() ?? "",
        })),
      ),
    );
    expect(stops.length).toBeGreaterThanOrEqual(7);
    expect(stops.filter((stop) => stop.name === "")).toEqual([]);
    await expect(page.locator(".recharts-surface[tabindex]")).toHaveCount(0);
  });

  test("hovers a reported point to read its figure, date, source, evidence and confidence", async ({ page }) => {
    await page.goto(DASHBOARD);
    const chart = page.getByTestId("progress-chart");
    await chart.getByTestId("reported-point").and(chart.getByRole("button", { name: /Reported 0%/ })).hover();
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toContainText("Reported 0% complete");
    await expect(tooltip).toContainText("30 Apr 2025");
    await expect(tooltip).toContainText("KCNA");
    await expect(tooltip).toContainText("State media");
    await expect(tooltip).toContainText("Medium");
  });

  test("reads milestones planned against actual, with the slippage of the missed completion", async ({ page }) => {
    await page.goto(DASHBOARD);
    const milestones = page.getByRole("region", { name: "Milestones: planned against actual" });
    const completion = milestones.getByRole("row", { name: /Bridge completed/ });
    await expect(completion).toContainText("mid-2026");
    await expect(completion).toContainText("not yet");
  });

  test("filters the events by category", async ({ page }) => {
    await page.goto(DASHBOARD);
    const events = page.getByRole("region", { name: "Events", exact: true });
    const list = events.getByRole("list", { name: /Events, oldest first/ });
    await expect(list.getByRole("heading", { name: "Russia's invasion of Ukraine begins" })).toBeVisible();

    const diplomatic = events.getByRole("group", { name: "Filter by category" }).getByRole("button", { name: /Diplomatic/ });
    await diplomatic.click();
    await expect(diplomatic).toHaveAttribute("aria-pressed", "true");
    await expect(list.getByRole("heading", { name: /Putin visits Pyongyang/ })).toBeVisible();
    await expect(list.getByRole("heading", { name: "Russia's invasion of Ukraine begins" })).toHaveCount(0);

    await events.getByRole("button", { name: /^All/ }).click();
    await expect(list.getByRole("heading", { name: "Russia's invasion of Ukraine begins" })).toBeVisible();
  });

  test("sees the sources the figures rest on", async ({ page }) => {
    await page.goto(DASHBOARD);
    const sources = page.getByRole("region", { name: "Sources", exact: true });
    await expect(sources.getByText("KCNA", { exact: true })).toBeVisible();
    await expect(sources.getByText("Kommersant", { exact: true })).toBeVisible();
    await expect(sources.getByText("State media").first()).toBeVisible();
  });

  test("gets the dashboard as JSON for refreshing, and a 404 for an unknown project", async ({ page }) => {
    const found = await page.request.get(`/api${DASHBOARD}`);
    expect(found.status()).toBe(200);
    expect(found.headers()["cache-control"]).toBe("private, no-store");
    expect((await found.json()).project.slug).toBe("tumen-road-bridge");

    const missing = await page.request.get("/api/projects/no-such-project");
    expect(missing.status()).toBe(404);
  });

  test("gets a real 404 page for a project that does not exist", async ({ page }) => {
    const response = await page.goto("/projects/no-such-project");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByText(/project does not exist/)).toBeVisible();
    await page.getByRole("link", { name: /all projects/ }).click();
    await expect(page).toHaveURL("/");
  });
});

test.describe("a stranger", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("cannot see a dashboard or its data", async ({ page, request }) => {
    await page.goto(DASHBOARD);
    await expect(page).toHaveURL(/\/login/);

    const api = await request.get(`/api${DASHBOARD}`);
    expect(api.status()).toBe(401);
  });
});
