/*
 * The "as of" view, as an analyst uses it: a project planned in 2024 whose plan moved in 2026,
 * opened as of 1 Jun 2025, shows the original plan as the plan then in force, the status judged
 * on that day, and nothing published later; the date control moves the day; "as recorded"
 * replays what Bridgewatch itself held; a reader of a share link gets the same view, and the
 * shared page cache never answers one day's view with another's. Synthetic data only.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { addDays } from "../../db/domain/calendar-day";
import type { DashboardData } from "../../db/dashboard-data";
import { signInCookie } from "./support/accounts";
import { ADMIN, pageSignedInAs } from "./support/auth";
import { dashboardHydrated } from "./support/charts";
import { SyntheticProject } from "./support/synthetic-project";

const run = Date.now().toString(36);
const EARLY = `Example Planning Daily ${run}`;
const LATE = `Example Late Wire ${run}`;
const LATER_CLAIM = `Synthetic: the plan moves to the end of 2028 ${run}`;

test.describe.configure({ mode: "serial" });

let project: SyntheticProject;
let api: APIRequestContext;
let adminCookie: string;
let shareUrl: string;

test.beforeAll(async ({ browser, playwright, baseURL }) => {
  api = await playwright.request.newContext({ baseURL });
  adminCookie = await signInCookie(browser, baseURL!, ADMIN);
  project = await SyntheticProject.create(api, adminCookie, `as-of-${run}`);
  // The plan of addPlan (construction start Jun 2024, mid-2027 claimed 1 May 2024), resting on a source published then.
  const early = await project.add("source", { outlet: EARLY, title: "Synthetic plan announced", published: "2024-05-01", kind: "official_statement" });
  await project.add("milestone", { kind: "construction_start", title: "Synthetic construction start", planned: "2024-06", actual: "2024-06", status: "complete", sourceId: early.id });
  await project.add("forecast", { completion: "mid-2027", claimed: "2024-05-01", sourceId: early.id, accepted: true, note: "Synthetic plan of record." });
  // A later claim moves the plan, and a later report shows the work behind it.
  const late = await project.add("source", { outlet: LATE, title: "Synthetic plan moved", published: "2026-02", kind: "independent_media" });
  await project.add("forecast", { completion: "end of 2028", claimed: "2026-02", sourceId: late.id, accepted: true, note: LATER_CLAIM });
  await project.add("progressReport", { observed: "2026-01", published: "2026-02", percent: "5", summary: `Synthetic slow progress ${run}`, sourceId: late.id, evidenceKind: "satellite_imagery", confidence: "medium" });
});

test.afterAll(() => api?.dispose());

async function dashboardJson(search: string): Promise<DashboardData> {
  const response = await api.get(`/api/projects/${encodeURIComponent(project.slug)}${search}`, { headers: { Cookie: adminCookie } });
  expect(response.status()).toBe(200);
  return (await response.json()) as DashboardData;
}

const header = (page: Page) => page.getByRole("region", { name: project.name });
const banner = (page: Page) => page.getByRole("status").filter({ hasText: "Showing what" });

test("as of 1 Jun 2025 the original plan is the plan in force, judged on that day, and the later claim is absent", async ({ browser }) => {
  const then = await dashboardJson("?asOf=2025-06-01");
  const now = await dashboardJson("");
  expect(then.view).toEqual({ asOf: "2025-06-01", mode: "published" });
  expect(then.status.label).not.toBe(now.status.label);

  const page = await pageSignedInAs(browser, ADMIN);
  await page.goto(`${project.path}?asOf=2025-06-01`);
  await expect(banner(page)).toHaveText("Showing what had been published by 1 Jun 2025 — Back to today");
  await expect(header(page)).toContainText("Status as of 1 Jun 2025");
  await expect(header(page)).toContainText(then.status.label);
  await expect(header(page)).toContainText("mid-2027 (May – Aug 2027)");
  await expect(header(page)).toContainText("Also the current plan: no later accepted claim.");
  await expect(header(page)).not.toContainText("end of 2028");
  await expect(page.locator("body")).not.toContainText(LATER_CLAIM);
  await expect(page.locator("body")).not.toContainText(LATE);
  // History is read, not edited.
  await expect(page.getByRole("button", { name: "Add completion forecast" })).toHaveCount(0);
  await page.context().close();
});

test("the date control moves the day, switches to what Bridgewatch recorded, and goes back to today", async ({ browser }) => {
  const page = await pageSignedInAs(browser, ADMIN);
  await page.goto(`${project.path}?asOf=2025-06-01`);
  await dashboardHydrated(page);
  const control = page.getByRole("search", { name: "Show the dashboard as of a day" });
  await control.getByLabel("Show as of").fill("2026-03-01");
  await control.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\?asOf=2026-03-01$/);
  await expect(banner(page)).toContainText("Showing what had been published by 1 Mar 2026");
  await expect(header(page)).toContainText("Current plan");
  await expect(header(page)).toContainText("end of 2028");

  // Every record here was written today: as Bridgewatch recorded it yesterday, there was nothing yet.
  const yesterday = addDays(new Date().toISOString().slice(0, 10), -1);
  await control.getByLabel("Show as of").fill(yesterday);
  await control.getByLabel("Mode").selectOption({ label: "As Bridgewatch recorded it" });
  await control.getByLabel("Show as of").press("Enter");
  await expect(page).toHaveURL(new RegExp(`\\?asOf=${yesterday}&mode=recorded$`));
  await expect(banner(page)).toContainText("Showing what Bridgewatch had recorded by the end of");
  await expect(header(page)).toContainText("Original planNone recorded");

  await banner(page).getByRole("link", { name: "Back to today" }).click();
  await expect(page).toHaveURL(new RegExp(`${project.path}$`));
  await expect(banner(page)).toHaveCount(0);
  await expect(header(page)).toContainText("end of 2028");
  await page.context().close();
});

test("a day that cannot be shown is refused at the control and by the route, and the page still works", async ({ browser }) => {
  const bad = await api.get(`/api/projects/${encodeURIComponent(project.slug)}?asOf=2025-02-30`, { headers: { Cookie: adminCookie } });
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { message: string }).message).toContain("is not a calendar day");
  const page = await pageSignedInAs(browser, ADMIN);
  expect((await page.goto(`${project.path}?asOf=2025-02-30`))?.status()).toBe(200);
  const control = page.getByRole("search", { name: "Show the dashboard as of a day" });
  await expect(control.getByRole("alert")).toContainText('"2025-02-30" is not a calendar day');
  await expect(control.getByLabel("Show as of")).toHaveAccessibleDescription(/is not a calendar day/);
  await expect(header(page)).toContainText("end of 2028");
  await page.context().close();
});

test("a reader of a share link sees the same view of the day, and today's view stays today's", async ({ browser, baseURL }) => {
  const admin = await pageSignedInAs(browser, ADMIN);
  await admin.goto(`${project.path}/share`);
  await admin.getByLabel("Label").fill(`As of ${run}`);
  await admin.getByLabel("Expires after").selectOption({ label: "7 days" });
  await admin.getByRole("button", { name: "Create link" }).click();
  await expect(admin.getByLabel("Share URL")).toHaveValue(/\/s\/[A-Za-z0-9_-]{43}$/);
  shareUrl = await admin.getByLabel("Share URL").inputValue();
  await admin.context().close();

  const stranger = await browser.newContext({ baseURL });
  const reader = await stranger.newPage();
  // Today's view first, so the page cache holds it; the as-of view must not be answered from it.
  expect((await reader.goto(shareUrl))?.status()).toBe(200);
  await expect(header(reader)).toContainText("end of 2028");
  expect((await reader.goto(`${shareUrl}?asOf=2025-06-01`))?.status()).toBe(200);
  await expect(banner(reader)).toHaveText("Showing what had been published by 1 Jun 2025 — Back to today");
  await expect(header(reader)).toContainText("mid-2027 (May – Aug 2027)");
  await expect(header(reader)).not.toContainText("end of 2028");
  await expect(reader.locator("body")).not.toContainText(LATER_CLAIM);

  const data = await reader.request.get(`${new URL(shareUrl).pathname.replace(/^\/s\//, "/api/s/")}?asOf=2025-06-01`);
  expect(data.status()).toBe(200);
  expect(((await data.json()) as DashboardData).view).toEqual({ asOf: "2025-06-01", mode: "published" });

  const control = reader.getByRole("search", { name: "Show the dashboard as of a day" });
  await control.getByLabel("Show as of").fill("2026-03-01");
  await control.getByRole("button", { name: "Apply" }).click();
  await expect(banner(reader)).toContainText("1 Mar 2026");
  await expect(header(reader)).toContainText("end of 2028");

  expect((await reader.goto(shareUrl))?.status()).toBe(200);
  await expect(banner(reader)).toHaveCount(0);
  await expect(header(reader)).toContainText("end of 2028");
  // The date control changes nothing: the reader still has no form at all.
  await expect(reader.locator("form")).toHaveCount(0);
  await stranger.close();
});
