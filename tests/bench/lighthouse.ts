/*
 * Lighthouse 12.2.3 (pinned: later versions need a newer Node), mobile preset with its simulated
 * throttling (a mid-range phone on a slow 4G link), performance only: the shared view, and the
 * dashboard as a viewer and as an editor, and the sign-in page as the floor of the framework and
 * the shell. Each page runs BENCH_LIGHTHOUSE_RUNS times (default 3) and the median score is the
 * figure, beside the metrics that make it. Lighthouse's CPU figures
 * are this machine's, scaled: on a busy machine they are worse (the run prints the load).
 * Then the main thread's time on the same pages, by part (main-thread.ts): what the scores are made of.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { prepareReaders } from "./bench-db";
import { mainThreadParts } from "./main-thread";
import { DASHBOARD_PATH, root, startServer, type BenchServer, type DataFolder, type Measurement } from "./server";
import { signIn } from "./session";
import { figure, median } from "./stats";

const run = promisify(execFile);
const GOAL_SCORE = 90;
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS || 3);
const VIEWER = { email: "bench-lh-viewer@bridgewatch.test", password: "bench-lh-viewer-password-1" } as const;
const EDITOR = { email: "bench-lh-editor@bridgewatch.test", password: "bench-lh-editor-password-1" } as const;
const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";

interface Audit {
  numericValue?: number;
  displayValue?: string;
}
interface Result {
  score: number;
  audits: Record<string, Audit>;
}

/** One Lighthouse run of one page, in a process of its own. */
async function lighthouse(url: string, cookie: string | undefined, out: string): Promise<Result> {
  const cli = path.join(root, "node_modules", "lighthouse", "cli", "index.js");
  const args = [cli, url, `--chrome-flags=${CHROME_FLAGS}`, "--only-categories=performance", "--output=json", `--output-path=${out}`, "--quiet"];
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
  await run(process.execPath, args, { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || "/usr/bin/chromium" }, timeout: 180_000 });
  const report = JSON.parse(fs.readFileSync(out, "utf8")) as { categories: { performance: { score: number } }; audits: Record<string, Audit> };
  return { score: Math.round(report.categories.performance.score * 100), audits: report.audits };
}

async function measurePage(key: string, label: string, server: BenchServer, pathname: string, cookie: string | undefined, dir: string, { reference = false } = {}) {
  const results: Result[] = [];
  for (let i = 0; i < RUNS; i++) results.push(await lighthouse(server.baseUrl + pathname, cookie, path.join(dir, `${key}-${i}.json`)));
  const score = median(results.map((r) => r.score));
  figure({
    key: `${key}.score`,
    label: `${label}: Lighthouse mobile performance (median of ${RUNS}: ${results.map((r) => r.score).join(", ")})`,
    value: score,
    unit: "points",
    // The goal is the shared view's and the dashboard's; a reference page has none.
    goal: reference ? undefined : { met: score >= GOAL_SCORE, text: `≥ ${GOAL_SCORE}` },
  });
  const metric = (audit: string) => median(results.map((r) => r.audits[audit]?.numericValue ?? Number.NaN));
  for (const [audit, name] of [
    ["total-blocking-time", "TBT"],
    ["largest-contentful-paint", "LCP"],
    ["first-contentful-paint", "FCP"],
    ["speed-index", "Speed Index"],
  ] as const) {
    figure({ key: `${key}.${audit}`, label: `  ${name}`, value: Math.round(metric(audit)), unit: "ms" });
  }
  figure({ key: `${key}.cls`, label: "  CLS", value: metric("cumulative-layout-shift"), unit: "unitless" });
  const unused = metric("unused-javascript");
  if (Number.isFinite(unused)) figure({ key: `${key}.unused-js`, label: "  unused JavaScript (wasted download time)", value: Math.round(unused), unit: "ms" });
}

export const lighthouseScores: Measurement<DataFolder> = {
  key: "lighthouse",
  title: `Lighthouse 12.2.3, mobile: performance of the shared view and the dashboard (median of ${RUNS} runs each)`,
  async run({ env }) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bridgewatch-bench-lh-"));
    const reports = fs.mkdtempSync(path.join(os.tmpdir(), "bridgewatch-bench-lh-reports-"));
    const sharedPath = `/s/${await prepareReaders({ dataDir }, { viewer: VIEWER, editor: EDITOR })}`;
    const server = await startServer({ dataDir, env });
    try {
      await signIn(server, VIEWER);
      const viewer = server.headers.cookie;
      await signIn(server, EDITOR);
      const editor = server.headers.cookie;
      await measurePage("lighthouse.shared", "/s/<token>", server, sharedPath, undefined, reports);
      await measurePage("lighthouse.dashboard.viewer", `${DASHBOARD_PATH} as a viewer`, server, DASHBOARD_PATH, viewer, reports);
      await measurePage("lighthouse.dashboard.editor", `${DASHBOARD_PATH} as an editor`, server, DASHBOARD_PATH, editor, reports);
      // The floor on this machine: the smallest page of the app (no data, one form), with the same framework and shell.
      await measurePage("lighthouse.sign-in", "/login (reference: the framework and shell alone)", server, "/login", undefined, reports, { reference: true });
      // What makes those scores: the main thread's time by part, for the same pages.
      await mainThreadParts(
        server,
        [
          { key: "dashboard.viewer", label: `${DASHBOARD_PATH} as a viewer`, path: DASHBOARD_PATH, cookie: viewer },
          { key: "dashboard.editor", label: `${DASHBOARD_PATH} as an editor`, path: DASHBOARD_PATH, cookie: editor },
        ],
        { key: "shared", label: "/s/<token>", path: sharedPath },
      );
      console.log(`    Reports (JSON) in ${reports}`);
    } finally {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
