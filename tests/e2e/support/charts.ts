import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Brings a chart's figure to the screen and waits for it to draw. Charts draw when they come
 * near the screen (components/dashboard/chart-on-approach.tsx), as a reader scrolling to them
 * would find them; the wait is long because the chart's code loads first (slow on a busy machine).
 */
export async function chartDrawn(figure: Locator, timeout = 20_000) {
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator("svg.recharts-surface").first()).toBeVisible({ timeout });
}

/**
 * Waits until the dashboard has hydrated: its keys (Ctrl+P) and controls answer from then on.
 * Before, it is the server's HTML, which a reader can read but a key press passes by.
 */
export async function dashboardHydrated(page: Page, timeout = 20_000) {
  await expect(page.locator(".dashboard[data-hydrated]")).toBeAttached({ timeout });
}
