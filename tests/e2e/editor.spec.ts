/*
 * Editing in place, as people do it: an admin makes an editor, a viewer and a project; the
 * editor records a progress report with its source on that project's dashboard; the viewer reads
 * it and has no forms. Accounts, the project and its records are synthetic test data of this
 * run, never shown as real; the seeded project is not touched.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { ADMIN, pageSignedInAs, signIn } from "./support/auth";
import { SyntheticProject, syntheticSlug } from "./support/synthetic-project";

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const PROJECT = { slug: syntheticSlug("editor"), name: `Synthetic bridge ${run}` };
const DASHBOARD = `/projects/${PROJECT.slug}`;
const EDITOR = { email: `editor-${run}@bridgewatch.test`, password: `editor-password-${run}`, role: "editor" } as const;
const VIEWER = { email: `viewer-${run}@bridgewatch.test`, password: `viewer-password-${run}`, role: "viewer" } as const;
const OUTLET = `Synthetic Imagery ${run}`;
const SOURCE_OPTION = `${OUTLET}: Synthetic test imagery (2025-01-20)`;
const SUMMARY = `Synthetic test report ${run}: piers visible.`;
const OBSERVED = "2025-01";
/** How the chart writes that month: at its own precision, never as a day. */
const OBSERVED_WORDS = "Jan 2025";
const PERCENT = "7";

test.describe.configure({ mode: "serial" });

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const chartPoint = (page: Page) =>
  page
    .getByTestId("progress-chart")
    .getByTestId("reported-point")
    .and(page.getByRole("button", { name: new RegExp(`^Reported ${PERCENT}% observed ${OBSERVED_WORDS}, ${escaped(OUTLET)}`) }));

async function openEditor(browser: Browser, account: { email: string; password: string }) {
  const page = await pageSignedInAs(browser, account);
  await page.goto(DASHBOARD);
  return page;
}

test("an admin creates an editor and a viewer", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/users");
  for (const account of [EDITOR, VIEWER]) {
    await page.getByLabel("Email", { exact: true }).fill(account.email);
    await page.getByLabel("Name", { exact: true }).fill(`Synthetic ${account.role}`);
    await page.getByLabel("Role", { exact: true }).selectOption(account.role);
    await page.getByLabel("Initial password", { exact: true }).fill(account.password);
    await page.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByText(`Created ${account.email} (${account.role}).`)).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: account.email })).toContainText(account.role);
  }
});

test("an admin creates the project on the admin page, opens its empty dashboard and gives it a plan", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Manage projects" }).click();
  await expect(page).toHaveURL("/admin/projects");
  const form = page.getByRole("form", { name: "New project" });
  await form.getByLabel("Name").fill(PROJECT.name);
  await form.getByLabel("Slug").fill(PROJECT.slug);
  await form.getByLabel("Location").fill("Nowhere (synthetic test data)");
  await form.getByLabel("Parties").fill("Party A, Party B");
  await form.getByLabel("Summary").fill("A synthetic project for the editing tests.");
  await form.getByRole("button", { name: "Add project" }).click();
  await expect(page.getByText("Project created.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: PROJECT.slug })).toContainText(PROJECT.name);

  await page.getByRole("link", { name: `Open the dashboard of ${PROJECT.name}` }).click();
  await expect(page).toHaveURL(DASHBOARD);
  await expect(page.getByRole("heading", { level: 1, name: PROJECT.name })).toBeVisible();
  await expect(page.getByText("No sources recorded.")).toBeVisible();

  // The chart draws reports against a plan: a construction start and an accepted forecast, through the actions.
  await SyntheticProject.of(page.request, undefined, PROJECT).addPlan();
  await page.reload();
  await expect(page.getByRole("region", { name: PROJECT.name })).toContainText("mid-2027");
});

test("the editor adds a source and a progress report citing it, and sees it in the chart and in Recent changes", async ({ browser }) => {
  const page = await openEditor(browser, EDITOR);

  const sources = page.getByRole("region", { name: "Sources", exact: true });
  await sources.getByRole("button", { name: "Add source" }).click();
  const sourceForm = page.getByRole("form", { name: "New source" });
  await sourceForm.getByLabel("Outlet").fill(OUTLET);
  await sourceForm.getByLabel("Title").fill("Synthetic test imagery");
  await sourceForm.getByLabel("Kind").selectOption({ label: "Satellite imagery" });
  await sourceForm.getByLabel("Published").fill("2025-01-20");
  await sourceForm.getByLabel("Link").fill("https://example.test/synthetic-imagery");
  await sourceForm.getByRole("button", { name: "Add this source" }).click();
  await expect(page.getByText("Source added.")).toBeVisible();
  await expect(sources.getByText(OUTLET, { exact: true })).toBeVisible();

  const progress = page.getByRole("region", { name: "Progress against plan" });
  const add = progress.getByRole("button", { name: "Add progress report" });
  await add.click();
  await expect(add).toHaveAttribute("aria-expanded", "true");
  const form = page.getByRole("form", { name: "New progress report" });
  await form.getByLabel("Observed on").fill(OBSERVED);
  await form.getByLabel("Percent complete").fill(PERCENT);
  await form.getByLabel("Source").selectOption({ label: SOURCE_OPTION });
  await form.getByLabel("Evidence").selectOption({ label: "Satellite imagery" });
  await form.getByLabel("Confidence").selectOption({ label: "High" });
  await form.getByLabel("Summary").fill(SUMMARY);
  await form.getByRole("button", { name: "Add this progress report" }).click();

  await expect(page.getByText("Progress report added.")).toBeVisible();
  await expect(chartPoint(page)).toBeVisible();
  const changes = page.getByRole("region", { name: "Recent changes" });
  const byEditor = changes.getByRole("listitem").filter({ hasText: EDITOR.email });
  await expect(byEditor.filter({ hasText: "Progress report added" }).first()).toContainText(`Observed on ${OBSERVED_WORDS}Percent complete ${PERCENT}%Source ${OUTLET}`);
  await expect(byEditor.filter({ hasText: "Source added" }).first()).toContainText(OUTLET);
  await page.context().close();
});

test("bad input shows the errors next to the fields and keeps what was typed", async ({ browser }) => {
  const page = await openEditor(browser, EDITOR);
  await page.getByRole("button", { name: "Add progress report" }).click();
  const form = page.getByRole("form", { name: "New progress report" });
  await form.getByLabel("Observed on").fill("someday");
  await form.getByLabel("Percent complete").fill("150");
  await form.getByLabel("Summary").fill(`${SUMMARY} (refused)`);
  await form.getByRole("button", { name: "Add this progress report" }).click();

  await expect(form.getByRole("status").first()).toContainText("Some fields need attention.");
  const observed = form.getByLabel("Observed on");
  const percent = form.getByLabel("Percent complete");
  await expect(observed).toHaveAttribute("aria-invalid", "true");
  await expect(observed).toHaveAccessibleDescription(/Cannot read "someday" as a date\. Accepted forms: .*mid\/late 2026/);
  await expect(percent).toHaveAttribute("aria-invalid", "true");
  await expect(percent).toHaveAccessibleDescription(/Enter a percentage from 0 to 100/);
  await expect(form.getByLabel("Source")).toHaveAccessibleDescription(/Choose a source\./);
  await expect(observed).toHaveValue("someday");
  await expect(percent).toHaveValue("150");
  await expect(form.getByLabel("Summary")).toHaveValue(`${SUMMARY} (refused)`);
  await expect(page.getByRole("button", { name: /^Reported 150%/ })).toHaveCount(0);
  await page.context().close();
});

test("two people save one report: the second sees the current value and can load it", async ({ browser }) => {
  const editor = await openEditor(browser, EDITOR);
  const admin = await openEditor(browser, ADMIN);
  const editForm = async (page: Page) => {
    await page.getByText(/^Manage progress reports/).click();
    await page.getByRole("button", { name: new RegExp(`^Edit progress report: .*${escaped(SUMMARY)}`) }).click();
    return page.getByRole("form", { name: /^Edit progress report/ });
  };

  const mine = await editForm(editor);
  await mine.getByLabel("Summary").fill(`${SUMMARY} Editor's wording.`);
  const theirs = await editForm(admin);
  await theirs.getByLabel("Summary").fill(`${SUMMARY} Admin's wording.`);
  await theirs.getByRole("button", { name: "Save progress report" }).click();
  await expect(admin.getByText("Progress report saved.")).toBeVisible();

  await mine.getByRole("button", { name: "Save progress report" }).click();
  const feedback = mine.getByRole("status").filter({ hasText: "Someone else changed this" });
  await expect(feedback).toContainText("Admin's wording.");
  await expect(mine.getByLabel("Summary")).toHaveValue(`${SUMMARY} Editor's wording.`);
  await feedback.getByRole("button", { name: "Load the current value" }).click();
  await expect(mine.getByLabel("Summary")).toHaveValue(`${SUMMARY} Admin's wording.`);
  await mine.getByLabel("Summary").fill(`${SUMMARY} Agreed wording.`);
  await mine.getByRole("button", { name: "Save progress report" }).click();
  await expect(editor.getByText("Progress report saved.")).toBeVisible();

  await editor.getByRole("button", { name: new RegExp(`^History of progress report: .*${escaped(SUMMARY)} Agreed wording`) }).click();
  const history = editor.getByRole("list", { name: /^History of progress report/ });
  await expect(history).toContainText(EDITOR.email);
  await expect(history).toContainText(ADMIN.email);
  await expect(history).toContainText("Agreed wording");
  await editor.context().close();
  await admin.context().close();
});

test("the viewer sees the report and has no forms; sign-out ends the session", async ({ browser }) => {
  const page = await openEditor(browser, VIEWER);
  await expect(chartPoint(page)).toBeVisible();
  await expect(page.getByRole("button", { name: "Add progress report" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Edit/ })).toHaveCount(0);
  // The one control a viewer has chooses which day to read, and changes nothing.
  const outsideViewControl = ":not([role=search] *)";
  await expect(page.getByRole("main").locator(["form", "input", "select", "textarea"].map((c) => `${c}${outsideViewControl}`).join(", "))).toHaveCount(0);
  await expect(page.getByRole("search", { name: "Show the dashboard as of a day" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto(DASHBOARD);
  await expect(page).toHaveURL(/\/login/);
  await page.context().close();
});

test("a role changed by an admin reaches the user's open dashboard on its next load, both ways", async ({ browser, page: admin }) => {
  // Today's dashboard is rendered once per version and user: the render names the role, so a
  // changed role is another render, never the cached one of the old role.
  const reader = await openEditor(browser, VIEWER);
  await expect(reader.getByRole("button", { name: "Add progress report" })).toHaveCount(0);
  await signIn(admin, ADMIN);
  await admin.goto("/admin/users");
  const role = admin.getByLabel(`Role of ${VIEWER.email}`);
  await role.selectOption("editor");
  await expect(role).toHaveValue("editor");
  await expect(async () => {
    await reader.reload();
    await expect(reader.getByRole("button", { name: "Add progress report" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });

  await role.selectOption("viewer");
  await expect(role).toHaveValue("viewer");
  await expect(async () => {
    await reader.reload();
    await expect(reader.getByRole("button", { name: "Add progress report" })).toHaveCount(0, { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await reader.context().close();
});
