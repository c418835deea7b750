/*
 * A project with reports but no plan yet (no construction start, no accepted forecast): the
 * chart still draws its time axis and the reported points, with no planned band.
 */
import { expect, test } from "@playwright/test";
import { signInCookie } from "./support/accounts";
import { ADMIN, signIn } from "./support/auth";
import { chartDrawn } from "./support/charts";
import { SyntheticProject } from "./support/synthetic-project";

const run = Date.now().toString(36);
let project: SyntheticProject;

test.beforeAll(async ({ browser, playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  try {
    project = await SyntheticProject.create(api, await signInCookie(browser, baseURL!, ADMIN), `no-plan-${run}`);
    const source = await project.add("source", { outlet: `Synthetic Imagery ${run}`, title: "Synthetic scene", published: "2025-09-01", kind: "satellite_imagery" });
    const report = { observed: "2025-08", percent: "20", sourceId: source.id, evidenceKind: "satellite_imagery", confidence: "low" };
    await project.add("progressReport", { ...report, summary: "Synthetic report: piers visible." });
  } finally {
    await api.dispose();
  }
});

test("a project without a plan still shows its reported points on a time axis", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto(project.path);
  const chart = page.getByTestId("progress-chart");
  await chartDrawn(chart);
  await expect(chart.getByTestId("reported-point").and(chart.getByRole("button", { name: /Reported 20%/ }))).toBeVisible();
  await expect(chart.locator(".recharts-xAxis")).toBeVisible();
  await expect(chart.getByTestId("planned-band")).toHaveCount(0);
});
