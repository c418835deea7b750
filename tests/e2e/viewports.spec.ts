/*
 * Every page at a phone's, a tablet's and a desktop's width: nothing scrolls sideways, axe finds
 * no WCAG 2.2 AA violation, and every target a finger aims at is 24 px or spaced so that a 24 px
 * circle on it touches no other target (WCAG 2.5.8). On a phone the header folds into a menu.
 * The project with editors, records and a share link is synthetic data of this run; the seeded
 * project is only read.
 */
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { ADMIN, signIn } from "./support/auth";
import { chartDrawn } from "./support/charts";
import { SyntheticProject } from "./support/synthetic-project";
import { testWithAdminSession } from "./support/admin-session";

const run = Date.now().toString(36);
const SEEDED = "/projects/tumen-road-bridge";
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1440, height: 900 },
] as const;
/** The widest screen on which the header folds into its menu (app/styles/frame.css). */
const HEADER_FOLDS_AT = 900;
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const test = testWithAdminSession("viewports");

/** Made once: a project with a plan, records in every strip and one share link. */
let project: SyntheticProject;
let shareUrl: string;

test.beforeAll(async ({ browser, playwright, baseURL }) => {
  // A fresh server answers its first requests slowly.
  test.setTimeout(120_000);
  const api = await playwright.request.newContext({ baseURL });
  // A context of its own, signed out whatever the first test uses: one sign-in for all of set-up (sign-ins are rate limited).
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  try {
    const page = await context.newPage();
    await signIn(page, ADMIN);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    project = await SyntheticProject.create(api, cookie, `viewports-${run}`);
    await project.addPlan();
    const sourceId = await project.citedSourceId();
    await project.add("progressReport", { observed: "2025-06", published: "2025-07", percent: "20", summary: `Synthetic report ${run}.`, sourceId, evidenceKind: "satellite_imagery", confidence: "medium" });
    await project.add("event", { date: "2025-02", title: `Synthetic talks ${run}`, summary: "Synthetic context.", category: "diplomatic", parties: ["Party A"], sourceId });
    await project.add("event", { date: "2025-03", title: `Synthetic visit ${run}`, summary: "Synthetic context.", category: "diplomatic", parties: ["Party B"], sourceId });

    await page.goto(`${project.path}/share`);
    await page.getByLabel("Label").fill(`Viewports ${run}`);
    await page.getByRole("button", { name: "Create link" }).click();
    await expect(page.getByLabel("Share URL")).toHaveValue(/\/s\/[A-Za-z0-9_-]{43}$/);
    shareUrl = await page.getByLabel("Share URL").inputValue();
  } finally {
    await context.close();
    await api.dispose();
  }
});

/** Waits for the progress chart to draw, scrolled to as a reader would. */
const progressDrawn = (page: Page) => chartDrawn(page.getByTestId("progress-chart"));

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `the page is ${scrollWidth}px wide in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
}

async function expectNoAxeViolations(page: Page) {
  await page.addScriptTag({ path: path.join(process.cwd(), "node_modules/axe-core/axe.min.js") });
  const violations = await page.evaluate(async (tags) => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, WCAG_22_AA);
  expect(violations).toEqual([]);
}

/**
 * Targets under 24×24 px whose 24 px circle reaches another target, or another small target's
 * circle (WCAG 2.5.8's spacing rule). A link inside a sentence is exempt, as WCAG exempts it.
 */
async function crampedTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 24;
    const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button]";
    const describe = (el: Element) => `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`;
    const inSentence = (el: Element) =>
      el.tagName === "A" && getComputedStyle(el).display === "inline" && (el.parentElement?.textContent?.trim().length ?? 0) > (el.textContent?.trim().length ?? 0);
    // Under an open menu (it lies over the page): not a target while the menu is open. Only
    // what is on screen can be hit-tested, so a target off screen is always checked.
    const covered = (el: Element) => {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) return false;
      const top = document.elementFromPoint(x, y);
      return top !== null && !el.contains(top) && !top.contains(el);
    };
    const targets = [...document.querySelectorAll(selector)]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !inSentence(el) && !covered(el))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      // Clipped to a pixel: visually hidden until focused (a skip link).
      .filter(({ r }) => r.width > 1 && r.height > 1);
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const reach = (p: { x: number; y: number }, r: DOMRect) => Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
    const small = (r: DOMRect) => r.width < MIN - 0.5 || r.height < MIN - 0.5;
    const out: string[] = [];
    for (const a of targets.filter((t) => small(t.r))) {
      const c = centre(a.r);
      for (const b of targets) {
        if (b === a || b.el.contains(a.el) || a.el.contains(b.el)) continue;
        const d = small(b.r) ? Math.hypot(c.x - centre(b.r).x, c.y - centre(b.r).y) - MIN / 2 : reach(c, b.r);
        if (d < MIN / 2 - 0.5) {
          out.push(`${describe(a.el)} (${Math.round(a.r.width)}×${Math.round(a.r.height)}) is cramped by ${describe(b.el)}`);
          break;
        }
      }
    }
    return out;
  });
}

async function expectUsableAtThisWidth(page: Page) {
  await expectNoSidewaysScroll(page);
  expect(await crampedTargets(page)).toEqual([]);
  await expectNoAxeViolations(page);
}

/** Opens every editor of the dashboard: each list of records and each "Add" form. */
async function openEveryEditor(page: Page) {
  const lists = page.locator("summary").filter({ hasText: /^Manage / });
  for (const summary of await lists.all()) await summary.click();
  const adds = page.getByRole("button", { name: /^Add / });
  for (const button of await adds.all()) if ((await button.getAttribute("aria-expanded")) === "false") await button.click();
  await expect(page.getByRole("button", { name: /^Add / }).first()).toHaveAttribute("aria-expanded", "true");
}

const SIGNED_IN: { name: string; path: () => string; status?: number; ready?: (page: Page) => Promise<void> }[] = [
  { name: "the project list", path: () => "/", ready: (page) => expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible() },
  { name: "the seeded dashboard", path: () => SEEDED, ready: progressDrawn },
  { name: "the seeded dashboard's share links", path: () => `${SEEDED}/share` },
  { name: "a share page with a link", path: () => `${project.path}/share`, ready: (page) => expect(page.getByRole("button", { name: /^Revoke/ })).toBeVisible() },
  {
    name: "a dashboard with every editor open",
    path: () => project.path,
    ready: async (page) => {
      await progressDrawn(page);
      await openEveryEditor(page);
    },
  },
  { name: "the users page", path: () => "/admin/users" },
  { name: "the projects admin page", path: () => "/admin/projects" },
  { name: "the account page", path: () => "/account" },
  { name: "the workspace 404", path: () => "/projects/no-such-project-xyz", status: 404 },
  { name: "the root 404", path: () => "/no-such-page-xyz", status: 404 },
];

const SIGNED_OUT: typeof SIGNED_IN = [
  { name: "the sign-in page", path: () => "/login", ready: (page) => expect(page.getByRole("button", { name: "Sign in" })).toBeVisible() },
  { name: "a shared view", path: () => shareUrl, ready: progressDrawn },
  { name: "a bad share link's 404", path: () => "/s/no-such-link-xyz", status: 404 },
];

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test.describe("signed in", () => {
      test.use({ storageState: ({ adminStorageState }, provide) => provide(adminStorageState) });

      for (const entry of SIGNED_IN) {
        test(`${entry.name} fits, passes axe and has targets a finger can hit`, async ({ page }) => {
          // axe over a whole dashboard takes a while on a busy machine.
          test.slow();
          const response = await page.goto(entry.path());
          expect(response?.status()).toBe(entry.status ?? 200);
          await entry.ready?.(page);
          await expectUsableAtThisWidth(page);
        });
      }

      test("the header shows Sign out, folded into a menu below a desktop's width", async ({ page }) => {
        await page.goto("/");
        const header = page.getByRole("banner");
        const signOut = header.getByRole("button", { name: "Sign out" });
        const users = header.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" });
        const menu = header.getByText("Menu", { exact: true });
        if (viewport.width <= HEADER_FOLDS_AT) {
          await expect(signOut).toBeHidden();
          await expect(users).toBeHidden();
          await menu.focus();
          await page.keyboard.press("Enter");
          await expect(signOut).toBeVisible();
          await expectUsableAtThisWidth(page);
          // The open menu lets a link through and folds itself on the way.
          await header.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Account" }).click();
          await expect(page).toHaveURL("/account");
          await expect(signOut).toBeHidden();
          await menu.click();
        } else {
          await expect(menu).toBeHidden();
        }
        await expect(signOut).toBeVisible();
        await expect(users).toBeVisible();
      });
    });

    test.describe("signed out", () => {
      test.use({ storageState: { cookies: [], origins: [] } });

      for (const entry of SIGNED_OUT) {
        test(`${entry.name} fits, passes axe and has targets a finger can hit`, async ({ page }) => {
          // axe over a whole dashboard takes a while on a busy machine.
          test.slow();
          const response = await page.goto(entry.path());
          expect(response?.status()).toBe(entry.status ?? 200);
          await entry.ready?.(page);
          await expectUsableAtThisWidth(page);
        });
      }
    });
  });
}
