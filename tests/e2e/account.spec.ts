/*
 * Passwords and sessions as a person meets them at /account, with a synthetic account of this
 * spec's own (the first-start admin only makes it): a password changed in one browser signs
 * the other out at its next page; signing out everywhere ends both; a stranger sees nothing.
 */
import crypto from "node:crypto";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { createAccount, signInCookie, syntheticAccount, type Account } from "./support/accounts";
import { ADMIN, pageSignedInAs, signIn } from "./support/auth";

const run = crypto.randomBytes(3).toString("hex");
let n = 0;

/** A new viewer of this spec, made by the admin through the app. */
async function freshAccount(browser: Browser, baseURL: string, request: APIRequestContext): Promise<Account> {
  const account = syntheticAccount(`account${run}-${++n}`, "viewer");
  await createAccount(request, await signInCookie(browser, baseURL, ADMIN), account);
  return account;
}

async function openAccountPage(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
}

const sessionRows = (page: Page) => page.getByRole("region", { name: "Where you are signed in" }).getByRole("row").filter({ has: page.getByRole("cell") });

test("a password changed in one browser signs the other out at its next page", async ({ browser, baseURL, request }) => {
  const account = await freshAccount(browser, baseURL!, request);
  const here = await pageSignedInAs(browser, account);
  const elsewhere = await pageSignedInAs(browser, account);
  try {
    await openAccountPage(here);
    await expect(sessionRows(here)).toHaveCount(2);
    await expect(sessionRows(here).filter({ hasText: "This session" })).toHaveCount(1);

    const form = here.getByRole("form", { name: "Change your password" });
    const newPassword = `${account.password}-new`;
    await form.getByLabel("Current password").fill("not-the-password");
    await form.getByLabel("New password", { exact: true }).fill(newPassword);
    await form.getByLabel("Repeat the new password").fill(newPassword);
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByText("This is not your current password.")).toBeVisible();
    await elsewhere.reload();
    await expect(elsewhere, "a refused change signs nobody out").not.toHaveURL(/\/login/);

    await form.getByLabel("Current password").fill(account.password);
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(here.getByText("Your password is changed; 1 other session has ended.")).toBeVisible();
    await expect(sessionRows(here)).toHaveCount(1);

    await elsewhere.goto("/");
    await expect(elsewhere).toHaveURL(/\/login/);
    await here.reload();
    await expect(here.getByRole("heading", { level: 1, name: "Your account" }), "this session stays signed in").toBeVisible();

    const again = await browser.newContext({ baseURL });
    const page = await again.newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Invalid email or password.")).toBeVisible();
    await signIn(page, { email: account.email, password: newPassword });
    await again.close();
  } finally {
    await here.context().close();
    await elsewhere.context().close();
  }
});

test("one session is signed out from the other, then every session at once", async ({ browser, baseURL, request }) => {
  const account = await freshAccount(browser, baseURL!, request);
  const here = await pageSignedInAs(browser, account);
  const elsewhere = await pageSignedInAs(browser, account);
  const third = await pageSignedInAs(browser, account);
  try {
    await openAccountPage(here);
    await expect(sessionRows(here)).toHaveCount(3);
    await sessionRows(here).getByRole("button", { name: /^Sign out/ }).first().click();
    await expect(sessionRows(here)).toHaveCount(2);
    const signedOut = [];
    for (const page of [elsewhere, third]) {
      await page.goto("/");
      signedOut.push(page.url().includes("/login"));
    }
    expect(signedOut.sort(), "exactly one of the other two was signed out").toEqual([false, true]);

    here.once("dialog", (dialog) => dialog.accept());
    await here.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(here).toHaveURL(/\/login/);
    for (const page of [elsewhere, third]) {
      await page.goto("/");
      await expect(page).toHaveURL(/\/login/);
    }
  } finally {
    for (const page of [here, elsewhere, third]) await page.context().close();
  }
});

test("a stranger without a session gets the sign-in page, not the account page", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Your account" })).toHaveCount(0);
});

test("an admin resets a user's password from the users page; the user's browser lands at the sign-in page", async ({ browser, baseURL, request }) => {
  const account = await freshAccount(browser, baseURL!, request);
  const user = await pageSignedInAs(browser, account);
  const admin = await pageSignedInAs(browser, ADMIN);
  try {
    await admin.goto("/admin/users");
    const row = admin.getByRole("row").filter({ hasText: account.email });
    await row.getByText("Reset password").click();
    const form = row.getByRole("form", { name: `Reset the password of ${account.email}` });
    await form.getByLabel("New password").fill("short");
    await form.getByRole("button", { name: "Set password" }).click();
    await expect(form.getByText("A password has at least 8 characters.")).toBeVisible();
    await user.reload();
    await expect(user, "a refused reset signs nobody out").not.toHaveURL(/\/login/);

    await form.getByLabel("New password").fill(`${account.password}-reset`);
    await form.getByRole("button", { name: "Set password" }).click();
    await expect(admin.getByText(`${account.email} has a new password and is signed out everywhere.`)).toBeVisible();
    await user.goto("/");
    await expect(user).toHaveURL(/\/login/);
    await signIn(user, { email: account.email, password: `${account.password}-reset` });
  } finally {
    await user.context().close();
    await admin.context().close();
  }
});
