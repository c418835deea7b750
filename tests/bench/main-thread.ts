/*
 * Where a page's main-thread time goes in real Chromium, as the figures behind Lighthouse's
 * Total Blocking Time: each page is loaded BENCH_MAIN_THREAD_RUNS times (default 7) in a fresh
 * context at a phone's viewport, traced until a second after its load event, and the median of
 * each part is printed, beside the same part of the sign-in page (the framework and the shell
 * with next to no content). Unthrottled: Lighthouse's mobile preset multiplies these by 4.
 *
 * The shared view is loaded a second time with its scripts refused, so the cost of the
 * document itself (HTML, style, layout) is told apart from what its scripts add.
 *
 * No "busy" total: the page's thread also runs the test driver's own evaluations (Playwright's
 * injected script, 0.5 to 1.5 s on the sign-in page alone), so only the parts named are the page's.
 */
import { chromium, type Browser } from "@playwright/test";
import type { BenchServer } from "./server";
import { addSessionCookie } from "./session";
import { figure, median } from "./stats";

const RUNS = Number(process.env.BENCH_MAIN_THREAD_RUNS || 7);
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const SETTLE_MS = 1_000;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** The parts, each as the trace names its top-level slices; a slice inside another of its part counts once. */
const PARTS = {
  parse: ["ParseHTML"],
  style: ["UpdateLayoutTree", "RecalculateStyles"],
  layout: ["Layout"],
  script: ["EvaluateScript", "FunctionCall", "TimerFire", "FireAnimationFrame", "RunMicrotasks", "v8.compile"],
} as const;
type Part = keyof typeof PARTS;
const PART_LABELS: Record<Part, string> = {
  parse: "HTML parsing (inline scripts included)",
  style: "style",
  layout: "layout",
  script: "script (evaluation, hydration, callbacks; a layout it forces counts under layout too)",
};

/** The busiest renderer main thread: the page's (about:blank has one too). */
function pageThread(events: TraceEvent[]): (e: TraceEvent) => boolean {
  const busy = new Map<string, number>();
  for (const e of events) if (e.name === "RunTask" && e.ph === "X") busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const [thread] = [...busy.entries()].sort((a, b) => b[1] - a[1])[0] ?? ["none"];
  return (e) => `${e.pid}:${e.tid}` === thread;
}

/** Milliseconds covered by the slices of these names, nested ones counted once. */
function covered(events: TraceEvent[], names: readonly string[]): number {
  const slices = events.filter((e) => e.ph === "X" && names.includes(e.name)).sort((a, b) => a.ts - b.ts);
  let total = 0;
  let end = -Infinity;
  for (const s of slices) {
    const stop = s.ts + (s.dur ?? 0);
    if (stop <= end) continue;
    total += stop - Math.max(s.ts, end);
    end = stop;
  }
  return total / 1000;
}

async function traceOnce(browser: Browser, url: string, cookie: string | undefined, withScripts: boolean): Promise<Record<Part, number>> {
  const context = await browser.newContext(PHONE);
  try {
    await addSessionCookie(context, cookie, new URL(url).origin);
    const page = await context.newPage();
    if (!withScripts) await page.route(/\.js(\?|$)/, (route) => route.abort());
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    // The protocol types trace events as string maps; they are the objects above.
    cdp.on("Tracing.dataCollected", (d) => events.push(...(d.value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
    await cdp.send("Tracing.start", { categories: "devtools.timeline,disabled-by-default-devtools.timeline,v8", transferMode: "ReportEvents" });
    const answer = await page.goto(url, { waitUntil: "load" });
    if (answer?.status() !== 200) throw new Error(`GET ${url} answered ${answer?.status()}`);
    await page.waitForTimeout(SETTLE_MS);
    await cdp.send("Tracing.end");
    await complete;
    const main = events.filter(pageThread(events));
    return Object.fromEntries(Object.entries(PARTS).map(([part, names]) => [part, covered(main, names)])) as Record<Part, number>;
  } finally {
    await context.close();
  }
}

async function measure(browser: Browser, url: string, cookie: string | undefined, withScripts = true): Promise<Record<Part, number>> {
  const runs: Record<Part, number>[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await traceOnce(browser, url, cookie, withScripts));
  return Object.fromEntries((Object.keys(PART_LABELS) as Part[]).map((p) => [p, median(runs.map((r) => r[p]))])) as Record<Part, number>;
}

function report(key: string, label: string, parts: Record<Part, number>, floor?: Record<Part, number>) {
  console.log(`    ${label}`);
  for (const part of Object.keys(PART_LABELS) as Part[]) {
    const ratio = floor && floor[part] > 0 ? { value: parts[part] / floor[part], of: "the sign-in page" } : undefined;
    figure({ key: `${key}.${part}`, label: `      ${PART_LABELS[part]}`, value: parts[part], unit: "ms", ratio });
  }
}

export interface MainThreadPage {
  key: string;
  label: string;
  path: string;
  cookie?: string;
}

/** The main-thread parts of each page, against the sign-in page's; the shared view also without its scripts. */
export async function mainThreadParts(server: BenchServer, pages: MainThreadPage[], shared: MainThreadPage): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    console.log(`  Main thread in Chromium at 412×823, unthrottled, median of ${RUNS} loads (Lighthouse's mobile preset counts each 4 ×):`);
    const floor = await measure(browser, server.baseUrl + "/login", undefined);
    report("main-thread.sign-in", "/login (the reference)", floor);
    for (const page of [shared, ...pages]) report(`main-thread.${page.key}`, page.label, await measure(browser, server.baseUrl + page.path, page.cookie), floor);
    report(`main-thread.${shared.key}.no-js`, `${shared.label} with its scripts refused: the document alone`, await measure(browser, server.baseUrl + shared.path, undefined, false), floor);
  } finally {
    await browser.close();
  }
}
