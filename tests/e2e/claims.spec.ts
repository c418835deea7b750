/*
 * Claims, not facts, as an analyst enters them and a reader of a shared link sees them: an
 * editor records a forecast written as a duration after construction start, a measurement of
 * one part, and two facts that disagree; a stranger with the link sees the original plan, how
 * far the plan moved, the part as a part and the conflict side by side. Synthetic data only.
 */
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { createAccount, signInCookie, syntheticAccount } from "./support/accounts";
import { ADMIN, pageSignedInAs } from "./support/auth";
import { SyntheticProject } from "./support/synthetic-project";

const run = Date.now().toString(36);
const WIRE = `Example Wire ${run}`;
const INSTITUTE = `Example Institute ${run}`;
const EDITOR = syntheticAccount(`claims-${run}`, "editor");

test.describe.configure({ mode: "serial" });

let project: SyntheticProject;
let shareUrl: string;

let api: APIRequestContext;

test.beforeAll(async ({ browser, playwright, baseURL }) => {
  // Kept open for the file: the project reads its dashboard through it.
  api = await playwright.request.newContext({ baseURL });
  {
    const adminCookie = await signInCookie(browser, baseURL!, ADMIN);
    await createAccount(api, adminCookie, EDITOR);
    project = await SyntheticProject.create(api, adminCookie, `claims-${run}`);
    // Construction start Jun 2024 and an original plan of mid-2027, claimed 1 May 2024.
    await project.addPlan({ start: "2024-06", window: "mid-2027" });
    await project.add("source", { outlet: WIRE, title: "Synthetic wire story", published: "2025-06", kind: "state_media" });
    await project.add("source", { outlet: INSTITUTE, title: "Synthetic imagery analysis", published: "2025-11", kind: "analysis" });
  }
});

test.afterAll(() => api?.dispose());

async function editorPage(browser: Browser): Promise<Page> {
  const page = await pageSignedInAs(browser, EDITOR);
  await page.goto(project.path);
  return page;
}

const sourceOption = (outlet: string, title: string, published: string) => ({ label: `${outlet}: ${title} (${published})` });

test("an editor enters a forecast written as a duration after construction start", async ({ browser }) => {
  const page = await editorPage(browser);
  await page.getByRole("button", { name: "Add completion forecast" }).click();
  const form = page.getByRole("form", { name: "New completion forecast" });
  await form.getByLabel("Claimed on").fill("2025-06");
  await form.getByLabel("Or: counted from milestone").selectOption({ label: "Construction start: actual Jun 2024" });
  await form.getByLabel("Duration after it").fill("4 years");
  await form.getByLabel("Source", { exact: true }).selectOption(sourceOption(WIRE, "Synthetic wire story", "2025-06"));
  await form.getByLabel("Note").fill("Synthetic: four years from the start of construction");
  await form.getByRole("button", { name: "Add this completion forecast" }).click();
  await expect(page.getByText("Completion forecast added.")).toBeVisible();

  const header = page.getByRole("region", { name: project.name });
  await expect(header).toContainText("Construction start Jun 2024 + 4 years = Jun 2028");
  await expect(header).toContainText("mid-2027 (May – Aug 2027)");
  // mid-2027 to Jun 2028: from 31 Aug 2027 to 1 Jun 2028 at least, 1 May 2027 to 30 Jun 2028 at most.
  await expect(header).toContainText(`The plan moved in Jun 2025 (${WIRE}): later by 275–426 days.`);
  await page.context().close();
});

test("a duration that cannot be read is refused next to its field, and nothing is saved", async ({ browser }) => {
  const page = await editorPage(browser);
  await page.getByRole("button", { name: "Add completion forecast" }).click();
  const form = page.getByRole("form", { name: "New completion forecast" });
  await form.getByLabel("Claimed on").fill("2025");
  await form.getByLabel("Or: counted from milestone").selectOption({ label: "Construction start: actual Jun 2024" });
  await form.getByLabel("Duration after it").fill("a while");
  await form.getByLabel("Source", { exact: true }).selectOption(sourceOption(WIRE, "Synthetic wire story", "2025-06"));
  await form.getByRole("button", { name: "Add this completion forecast" }).click();
  await expect(form.getByLabel("Duration after it")).toHaveAccessibleDescription(/Cannot read "a while" as a duration\. Accepted forms: P18M/);
  await expect(form.getByLabel("Duration after it")).toHaveValue("a while");
  expect((await project.readDashboard()).forecasts).toHaveLength(2);
  await page.context().close();
});

test("an editor enters a measured report of one part, which stays off the whole project's figures", async ({ browser }) => {
  const page = await editorPage(browser);
  const progress = page.getByRole("region", { name: "Progress against plan" });
  await progress.getByRole("button", { name: "Add progress report" }).click();
  const form = page.getByRole("form", { name: "New progress report" });
  await form.getByLabel("Observed on").fill("2025-10");
  await form.getByLabel("Published on").fill("2025-11");
  await form.getByLabel("Part measured").fill("main span");
  await form.getByLabel("Measured: done").fill("90");
  await form.getByLabel("Measured: of total").fill("300");
  await form.getByLabel("Measured: unit").fill("m");
  await form.getByLabel("Source").selectOption(sourceOption(INSTITUTE, "Synthetic imagery analysis", "2025-11"));
  await form.getByLabel("Evidence").selectOption({ label: "Analysis (research, think tank)" });
  await form.getByLabel("Summary").fill(`Synthetic: 90 m of the 300 m main span joined ${run}`);
  await form.getByRole("button", { name: "Add this progress report" }).click();
  await expect(page.getByText("Progress report added.")).toBeVisible();

  const parts = page.getByRole("region", { name: "Progress of parts, not of the whole project" });
  await expect(parts.getByRole("row").filter({ hasText: "main span" })).toContainText("90 m of 300 m = 30%");
  // A part's figure is never drawn on the whole project's % axis.
  await expect(page.getByTestId("progress-chart").getByRole("button", { name: /^Reported 30%/ })).toHaveCount(0);
  const data = await project.readDashboard();
  expect(data.latestFigure).toBeNull();
  expect(data.status.gap).toBeNull();
  await page.context().close();
});

test("an editor enters two facts that disagree, and they are shown side by side", async ({ browser }) => {
  const page = await editorPage(browser);
  const facts = page.getByRole("region", { name: "Project facts" });
  for (const [value, unit, outlet, title, published] of [
    ["1", "km", WIRE, "Synthetic wire story", "2025-06"],
    ["1,200", "m", INSTITUTE, "Synthetic imagery analysis", "2025-11"],
  ] as const) {
    await facts.getByRole("button", { name: "Add project fact" }).click();
    const form = page.getByRole("form", { name: "New project fact" });
    await form.getByLabel("Attribute").fill("length");
    await form.getByLabel("Value").fill(value);
    await form.getByLabel("Unit").fill(unit);
    await form.getByLabel("Source").selectOption(sourceOption(outlet, title, published));
    await form.getByRole("button", { name: "Add this project fact" }).click();
    await expect(page.getByText("Project fact added.").last()).toBeVisible();
    await expect(facts.getByRole("row").filter({ hasText: outlet })).toBeVisible();
  }
  const group = facts.getByRole("region", { name: /^length/ }).first();
  await expect(group).toContainText("Sources disagree");
  await expect(group.getByRole("row").filter({ hasText: WIRE })).toContainText("1 km");
  await expect(group.getByRole("row").filter({ hasText: INSTITUTE })).toContainText("1,200 m");
  await page.context().close();
});

test("the editor shares the dashboard", async ({ browser }) => {
  const page = await pageSignedInAs(browser, EDITOR);
  await page.goto(`${project.path}/share`);
  await page.getByLabel("Label").fill(`For a reader ${run}`);
  await page.getByLabel("Expires after").selectOption({ label: "7 days" });
  await page.getByRole("button", { name: "Create link" }).click();
  await expect(page.getByLabel("Share URL")).toHaveValue(/\/s\/[A-Za-z0-9_-]{43}$/);
  shareUrl = await page.getByLabel("Share URL").inputValue();
  await page.context().close();
});

test("a reader of the shared link sees the derived forecast, the original plan, the drift, the part and the conflict", async ({ browser, baseURL }) => {
  const stranger = await browser.newContext({ baseURL });
  const reader = await stranger.newPage();
  expect((await reader.goto(shareUrl))?.status()).toBe(200);
  const header = reader.getByRole("region", { name: project.name });
  await expect(header).toContainText("Original plan");
  await expect(header).toContainText("mid-2027 (May – Aug 2027)");
  await expect(header).toContainText("Current plan");
  await expect(header).toContainText("Construction start Jun 2024 + 4 years = Jun 2028");
  await expect(header).toContainText("later by 275–426 days");
  await expect(header).toContainText("Against the original plan (mid-2027): ?Unconfirmed");
  await expect(header).toContainText("Latest figureNone for the whole project");

  const forecasts = reader.getByRole("table", { name: /Completion forecasts/ });
  await expect(forecasts).toContainText("Synthetic: four years from the start of construction");

  await expect(reader.getByRole("region", { name: "Progress of parts, not of the whole project" })).toContainText("90 m of 300 m = 30%");
  const facts = reader.getByRole("region", { name: "Project facts" });
  await expect(facts).toContainText("Sources disagree");
  await expect(facts).toContainText("1 km");
  await expect(facts).toContainText("1,200 m");
  await expect(reader.locator("form")).toHaveCount(0);
  await expect(reader.locator("body")).not.toContainText(EDITOR.email);

  // The reader takes the reports away as a spreadsheet: the part, its arithmetic and its source, vague dates as worded.
  const [download] = await Promise.all([
    reader.waitForEvent("download"),
    reader.getByRole("navigation", { name: "Exports and feed" }).getByRole("link", { name: "Progress reports (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/-reports\.csv$/);
  const csv = await (await import("node:fs/promises")).readFile((await download.path())!, "utf8");
  const [columns, ...rows] = csv.trim().split(/\r?\n/);
  expect(columns).toContain("observed_earliest");
  const part = rows.find((row) => row.includes("main span"));
  expect(part).toContain("90 m of 300 m = 30%");
  expect(part).toContain(INSTITUTE);
  expect(part).toContain("2025-10,2025-10-01,2025-10-31");
  expect(csv).not.toContain(EDITOR.email);
  await stranger.close();
});

test("a claim counted from a milestone with no actual date yet is said in the header not to count as a plan, and why", async ({ browser }) => {
  const sourceId = await project.citedSourceId();
  const stage = await project.add("milestone", { kind: "structural", label: "spans joined", title: "Synthetic spans joined", planned: "2026", actual: "", status: "pending", sourceId });
  await project.add("forecast", { completion: "", derivedFrom: stage.id, duration: "P6M", claimed: "2025-09", sourceId, accepted: true, note: "" });
  const page = await editorPage(browser);
  const header = page.getByRole("region", { name: project.name });
  await expect(header).toContainText(/A claim made Sep 2025 \(.+\) is not counted as a plan yet: 6 months after .+, which has no actual date yet\./);
  await page.context().close();
});
