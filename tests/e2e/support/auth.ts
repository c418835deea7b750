import { expect, test, type Browser, type Page } from "@playwright/test";

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
  // A new context does not inherit the project's `use` options: give it the base URL.
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}
