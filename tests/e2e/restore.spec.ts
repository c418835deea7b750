/*
 * Restoring a deleted record, as an editor does it: on a synthetic project of this spec's own, an
 * editor deletes a project fact, reads its deletion in Recent changes in words, restores it from
 * there, and the fact is back. A viewer sees what changed since their last visit, marked, and
 * never a Restore button. Synthetic data only.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createAccount, signInCookie, syntheticAccount } from "./support/accounts";
import { ADMIN, pageSignedInAs } from "./support/auth";
import { SyntheticProject } from "./support/synthetic-project";

const run = Date.now().toString(36);
const EDITOR = syntheticAccount(`restore-${run}`, "editor");
const VIEWER = syntheticAccount(`restore-viewer-${run}`, "viewer");

test.describe.configure({ mode: "serial" });

let api: APIRequestContext;
let project: SyntheticProject;

test.beforeAll(async ({ browser, playwright, baseURL }) => {
  api = await playwright.request.newContext({ baseURL });
  const adminCookie = await signInCookie(browser, baseURL!, ADMIN);
  await createAccount(api, adminCookie, EDITOR);
  await createAccount(api, adminCookie, VIEWER);
  project = await SyntheticProject.create(api, adminCookie, `restore-${run}`);
  const sourceId = await project.citedSourceId();
  await project.add("fact", { attribute: "width", value: "30", unit: "m", qualifier: "", asOf: "", sourceId });
});

test.afterAll(() => api?.dispose());

test("an editor deletes a fact, reads the deletion in words, restores it, and it is back", async ({ browser }) => {
  const page = await pageSignedInAs(browser, EDITOR);
  await page.goto(project.path);
  const facts = page.getByRole("region", { name: "Project facts", exact: true });
  await expect(facts.getByRole("rowheader", { name: "30 m", exact: true })).toBeVisible();

  await facts.getByText(/^Manage project facts/).click();
  await facts.getByRole("button", { name: /^Delete project fact: width/ }).click();
  await facts.getByRole("button", { name: /^Yes, delete project fact: width/ }).click();
  await expect(page.getByText("Project fact deleted.")).toBeVisible();
  await expect(facts.getByRole("rowheader", { name: "30 m", exact: true })).toHaveCount(0);

  const changes = page.getByRole("region", { name: "Recent changes" });
  const deletion = changes.getByRole("listitem").filter({ hasText: "Project fact deleted: “width: 30 m”" });
  await expect(deletion).toContainText(`by ${EDITOR.email}`);
  await expect(deletion).toContainText("Source");
  await expect(deletion, "no ids in the entry").not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  await deletion.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByText("Project fact restored.")).toBeVisible();

  await expect(facts.getByRole("rowheader", { name: "30 m", exact: true })).toBeVisible();
  await expect(changes.getByRole("listitem").filter({ hasText: "Project fact restored: “width: 30 m”" })).toBeVisible();
  await expect(changes.getByRole("button", { name: "Restore" }), "nothing left to restore").toHaveCount(0);
  await page.context().close();
});

test("a viewer sees what is new since their last visit, and no Restore button", async ({ browser }) => {
  expect((await api.get(`/api/projects/${project.slug}/last-visit`)).status(), "visits are a signed-in user's only").toBe(401);
  const page = await pageSignedInAs(browser, VIEWER);
  // The first visit records itself; the next one compares with it.
  const visited = page.waitForResponse((r) => r.url().endsWith("/last-visit") && r.ok());
  await page.goto(project.path);
  await visited;
  const changes = page.getByRole("region", { name: "Recent changes" });
  await expect(changes.getByText("New since your last visit")).toHaveCount(0);

  await project.fresh("fact", `restore-${run}-new`);
  await page.reload();
  // The panel comes to life as the reader scrolls to it, and marks what is new.
  await changes.scrollIntoViewIfNeeded();
  await expect(changes.getByText(/^1 change since your last visit/)).toBeVisible();
  const added = changes.getByRole("listitem").filter({ hasText: "Project fact added" }).first();
  await expect(added.getByText("New since your last visit")).toBeVisible();
  await expect(changes.getByText("New since your last visit")).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Restore" })).toHaveCount(0);
  await page.context().close();
});

test("a change too long for the list reads in full, one click away", async ({ browser }) => {
  const long = `A synthetic qualifier that runs on well past forty characters (${run})`;
  await project.add("fact", { attribute: "length", value: "1.2", unit: "km", qualifier: long, asOf: "", sourceId: await project.citedSourceId() });
  const page = await pageSignedInAs(browser, VIEWER);
  await page.goto(project.path);
  const changes = page.getByRole("region", { name: "Recent changes" });
  await changes.scrollIntoViewIfNeeded();
  const entry = changes.getByRole("listitem").filter({ hasText: "Project fact added: “length: 1.2 km" }).first();
  await expect(entry).toContainText("…");
  const full = entry.locator("details.changes__full");
  await expect(full.getByText(long)).toBeHidden();
  // By keyboard: the list above may still grow by its "since your last visit" line, and a click shift.
  await full.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(full.getByText(long)).toBeVisible();
  await page.context().close();
});

test("a record deleted long ago, past Recent changes, is restored from its type's deleted list", async ({ browser }) => {
  const page = await pageSignedInAs(browser, EDITOR);
  const sourceId = await project.citedSourceId();
  await project.add("fact", { attribute: "height", value: "12", unit: "m", qualifier: "", asOf: "", sourceId });
  await page.goto(project.path);
  const facts = page.getByRole("region", { name: "Project facts", exact: true });
  await facts.getByText(/^Manage project facts/).click();
  await facts.getByRole("button", { name: /^Delete project fact: height/ }).click();
  await facts.getByRole("button", { name: /^Yes, delete project fact: height/ }).click();
  await expect(page.getByText("Project fact deleted.")).toBeVisible();

  // Enough changes since that the deletion has left Recent changes (its last 20 entries).
  for (let i = 0; i < 21; i++) await project.fresh("event", `restore-${run}-later-${i}`);
  await page.reload();
  const changes = page.getByRole("region", { name: "Recent changes" });
  await changes.scrollIntoViewIfNeeded();
  await expect(changes.getByText(/Project fact deleted: “height/)).toHaveCount(0);

  await facts.getByText("Deleted project facts").click();
  const deleted = facts.getByRole("list", { name: "Deleted project facts" });
  const entry = deleted.getByRole("listitem").filter({ hasText: "Project fact deleted: “height: 12 m”" });
  await expect(entry).toContainText(`by ${EDITOR.email}`);
  await entry.getByRole("button", { name: /^Restore/ }).click();
  await expect(page.getByText("Project fact restored.")).toBeVisible();
  await expect(facts.getByRole("rowheader", { name: "12 m", exact: true })).toBeVisible();
  await expect(deleted.getByRole("listitem").filter({ hasText: "height" }), "no longer offered").toHaveCount(0);
  await page.context().close();
});
