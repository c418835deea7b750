/*
 * What a reader sees when something is missing or failing: a dashboard whose refresh fails says
 * so within one poll and keeps its figures, and a 404 is shown inside the frame the reader is in,
 * with the <main> the skip link leads to.
 */
import { expect, test } from "@playwright/test";
import { signInCookie } from "./support/accounts";
import { ADMIN, signIn } from "./support/auth";
import { DASHBOARD_REFETCH_MS } from "../../components/query/dashboard-query";
import { SyntheticProject } from "./support/synthetic-project";

const run = Date.now().toString(36);
let project: SyntheticProject;

test.beforeAll(async ({ browser, playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  try {
    project = await SyntheticProject.create(api, await signInCookie(browser, baseURL!, ADMIN), `states-${run}`);
  } finally {
    await api.dispose();
  }
});

/** One poll, and the time its answer takes to arrive and show. */
const WITHIN_ONE_POLL = DASHBOARD_REFETCH_MS + 3_000;

test("a failed refresh says so within one poll, keeps the figures, and clears when a poll succeeds", async ({ page }) => {
  test.setTimeout(4 * WITHIN_ONE_POLL);
  await signIn(page, ADMIN);
  await page.goto(project.path);
  const title = page.getByRole("heading", { level: 1, name: project.name });
  await expect(title).toBeVisible();
  const status = page.locator(".refresh-status");
  await expect(status).toHaveAttribute("role", "status");
  await expect(status).toBeEmpty();

  // The dashboard's own data route answers as a failing server would.
  const dataRoute = `**/api/projects/${encodeURIComponent(project.slug)}`;
  await page.route(dataRoute, (route) => route.fulfill({ status: 500, contentType: "application/json", body: '{"error":"boom"}' }));
  await expect(status).toHaveText(/^Could not refresh: the server had a problem\. Showing data from (less than a minute|1 minute) ago\.$/, {
    timeout: WITHIN_ONE_POLL,
  });
  await expect(status).not.toContainText("boom");
  await expect(title).toBeVisible();
  await expect(page.getByTestId("progress-chart")).toBeVisible();

  await page.unroute(dataRoute);
  await expect(status).toBeEmpty({ timeout: WITHIN_ONE_POLL });
  await expect(title).toBeVisible();
});

test.describe("a signed-in reader", () => {
  test.beforeEach(async ({ page }) => signIn(page, ADMIN));

  for (const [what, path] of [
    ["today's dashboard", "/projects/no-such-project-xyz"],
    ["an earlier day's dashboard", "/projects/no-such-project-xyz?asOf=2025-01-01"],
  ] as const) {
    test(`of ${what} of an unknown project sees "Page not found" inside the workspace's header`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("banner").getByRole("navigation", { name: "Main" })).toBeVisible();
      const main = page.getByRole("main");
      await expect(main.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await expect(main).toHaveAttribute("id", "main");

      await page.keyboard.press("Tab");
      await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(main).toBeFocused();
    });
  }

  test("of an address no route knows sees the root 404, with its <main>", async ({ page }) => {
    const response = await page.goto("/no-such-page-xyz");
    expect(response?.status()).toBe(404);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(main).toHaveAttribute("id", "main");
  });
});

test("a signed-out reader of a bad share link sees the 404 in a <main>, with nothing of the workspace", async ({ page }) => {
  const response = await page.goto("/s/no-such-link-xyz");
  expect(response?.status()).toBe(404);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(main).toHaveAttribute("id", "main");
  // The shared views' own small header names the tool and nothing more: no link, no navigation, no account.
  await expect(page.getByRole("banner").getByRole("link")).toHaveCount(0);
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expect(page.getByText("Sign out")).toHaveCount(0);
});
