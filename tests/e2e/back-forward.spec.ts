/*
 * Back and Forward: a workspace page comes back at once from the browser's back/forward cache,
 * and after signing out Back shows the sign-in page, not the private page that was open.
 * Playwright turns that cache off by default; this spec turns it back on. (A shared view keeps
 * no-store, share.spec.ts; Chromium may still restore it when no cookie changed, and its next
 * poll then says whether the link still works.)
 */
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, signIn } from "./support/auth";
import { chartDrawn } from "./support/charts";
import { LAUNCH_OPTIONS } from "./support/chromium";

test.use({ launchOptions: { ...LAUNCH_OPTIONS, ignoreDefaultArgs: ["--disable-back-forward-cache"] } });

const SEEDED = "/projects/tumen-road-bridge";

/** Marks this document, so a later look can tell a restored document from a fresh load. */
const mark = (page: Page) => page.evaluate(() => ((window as unknown as { bwMarked: boolean }).bwMarked = true));
const marked = (page: Page) =>
  page.evaluate(() => (window as unknown as { bwMarked?: boolean }).bwMarked === true).catch(() => null);

/** A restored document fires no load events of its own: wait for the history entry only. */
const back = (page: Page) => page.goBack({ waitUntil: "commit" });

test("a workspace page comes back from the back/forward cache, and a page after sign-out does not", async ({ page }) => {
  await signIn(page, ADMIN);
  const response = await page.goto(SEEDED);
  expect(response?.headers()["cache-control"]).toBe("private, no-cache");
  await chartDrawn(page.getByTestId("progress-chart"));
  await mark(page);

  await page.goto("/account");
  await back(page);
  await expect(page).toHaveURL(SEEDED);
  await expect.poll(() => marked(page), { message: "the dashboard was restored, not loaded again" }).toBe(true);

  await page.goto("/account");
  await mark(page);
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/login$/);
  await back(page);
  // The account page is neither restored nor shown: it asks the server, which sends the reader to sign in.
  await expect(page.getByRole("heading", { level: 1, name: /Sign in/ })).toBeVisible();
  await expect(page.locator("body")).not.toContainText(ADMIN.email);
  await expect(page).toHaveURL(/\/login(\?|$)/);
});
