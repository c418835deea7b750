import { expect, type Browser, type Page } from "@playwright/test";

/** The first-start admin of the test server (playwright.config.ts passes these to it). Test-only. */
export const ADMIN = { email: "admin@bridgewatch.test", password: "e2e-admin-password-1" } as const;

export async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** A page in a fresh browser context (no cookies), signed in as the account. */
export async function pageSignedInAs(browser: Browser, account: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}
