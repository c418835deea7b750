/*
 * JavaScript of the shared view and of the dashboard, as a browser gets it, in two figures per
 * page. "First load" is what the page's HTML itself loads (its script tags and its preload and
 * modulepreload links): what must arrive before the page is interactive, and what the goals
 * hold. "By network idle" is every script real Chromium fetched until the network went idle,
 * chunks imported lazily after hydration (the charts) included: printed beside it with no goal,
 * so that deferring code is never read as deleting it. Every script is gzipped here at level 9
 * (what a server compressing its static files would send; `next start` itself sends them
 * uncompressed). The dashboard is loaded as a viewer and as an editor: the forms are the
 * editor's alone. A share link, a viewer and an editor are written into the data folder before
 * the server starts (only one process may open it).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { prepareReaders } from "./bench-db";
import { DASHBOARD_PATH, startServer, type BenchServer, type DataFolder, type Measurement } from "./server";
import { addSessionCookie, signIn } from "./session";
import { figure } from "./stats";

const GOAL_SHARED_KB = 200;
const GOAL_DASHBOARD_KB = 260;
const BIGGEST_SHOWN = 6;
const VIEWER = { email: "bench-js-viewer@bridgewatch.test", password: "bench-js-viewer-password-1" } as const;
const EDITOR = { email: "bench-js-editor@bridgewatch.test", password: "bench-js-editor-password-1" } as const;

interface Script {
  url: string;
  bytes: number;
  gzipBytes: number;
}

interface PageScripts {
  /** The scripts the server HTML names, biggest first. */
  first: Script[];
  /** Every script fetched until network idle, biggest first. */
  idle: Script[];
}

/* The HTML is Next's own, so tags are well formed and attributes double-quoted. */
const SCRIPT_TAG = /<script\b[^>]*>/g;
const LINK_TAG = /<link\b[^>]*>/g;
const PRELOADS_SCRIPT = (tag: string) => /\brel="modulepreload"/.test(tag) || (/\brel="preload"/.test(tag) && /\bas="script"/.test(tag));

/** The script addresses the HTML loads: its script tags and its script preloads. */
function scriptsNamedIn(html: string, baseUrl: string): Set<string> {
  const urls = new Set<string>();
  const add = (address: string) => urls.add(new URL(address.replaceAll("&amp;", "&"), baseUrl).href);
  for (const [tag] of html.matchAll(SCRIPT_TAG)) {
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    // The polyfills' script is noModule: a browser with modules, as every one in use, never fetches it.
    if (src && !/\bnomodule\b/i.test(tag)) add(src);
  }
  for (const [tag] of html.matchAll(LINK_TAG)) {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && PRELOADS_SCRIPT(tag)) add(href);
  }
  return urls;
}

const gzipped = (url: string, body: Buffer): Script => ({ url, bytes: body.length, gzipBytes: zlib.gzipSync(body, { level: 9 }).length });
const biggestFirst = (scripts: Script[]) => scripts.sort((a, b) => b.gzipBytes - a.gzipBytes);

/** The scripts the page's HTML names, and every script it loads until the network is idle, each gzipped at level 9. */
async function scriptsOf(browser: Browser, server: BenchServer, pathname: string, cookie?: string): Promise<PageScripts> {
  const context = await browser.newContext();
  try {
    await addSessionCookie(context, cookie, server.baseUrl);
    const page = await context.newPage();
    const bodies = new Map<string, Promise<Script | null>>();
    page.on("response", (response) => {
      const type = response.headers()["content-type"] ?? "";
      if (!/javascript/.test(type) || bodies.has(response.url())) return;
      bodies.set(
        response.url(),
        response.body().then(
          (body) => gzipped(response.url(), body),
          () => null,
        ),
      );
    });
    const answer = await page.goto(server.baseUrl + pathname, { waitUntil: "networkidle" });
    if (answer?.status() !== 200) throw new Error(`GET ${pathname} answered ${answer?.status()}`);
    const named = scriptsNamedIn(await answer.text(), answer.url());
    const idle = (await Promise.all(bodies.values())).filter((s): s is Script => s !== null);
    const fetched = new Map(idle.map((s) => [s.url, s]));
    // A script the HTML names but the page never fetched still counts: the HTML asked for it.
    const first = await Promise.all(
      [...named].map(async (url) => fetched.get(url) ?? gzipped(url, await (await context.request.get(url)).body())),
    );
    return { first: biggestFirst(first), idle: biggestFirst(idle) };
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => bytes / 1024;

const totalKb = (scripts: Script[]) => kb(scripts.reduce((sum, s) => sum + s.gzipBytes, 0));

function printBiggest(scripts: Script[]) {
  const raw = kb(scripts.reduce((sum, s) => sum + s.bytes, 0));
  console.log(`    ${raw.toFixed(1)} KB before gzip; biggest:`);
  for (const s of scripts.slice(0, BIGGEST_SHOWN)) {
    console.log(`    ${kb(s.gzipBytes).toFixed(1).padStart(7)} KB gz  ${new URL(s.url).pathname}`);
  }
}

function reportPage(key: string, label: string, { first, idle }: PageScripts, goalKb: number) {
  const firstKb = totalKb(first);
  figure({
    key: `${key}.first`,
    label: `${label}, first load (${first.length} files)`,
    value: firstKb,
    unit: "KB",
    goal: { met: firstKb <= goalKb, text: `≤ ${goalKb} KB gz` },
  });
  printBiggest(first);
  const named = new Set(first.map((s) => s.url));
  const later = idle.filter((s) => !named.has(s.url));
  figure({ key: `${key}.idle`, label: `${label}, by network idle (${idle.length} files)`, value: totalKb(idle), unit: "KB" });
  console.log(`    of which after the first load: ${totalKb(later).toFixed(1)} KB gz in ${later.length} files`);
  printBiggest(later);
}

export const firstLoadJs: Measurement<DataFolder> = {
  key: "js",
  title: "First-load JavaScript: the scripts the HTML loads (goal), and all until network idle in Chromium; gzipped at level 9",
  async run({ env }) {
    // A folder of its own: the throughput run's bad-token load has used up this address's share-link lookups on the main one.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bridgewatch-bench-js-"));
    const sharedPath = `/s/${await prepareReaders({ dataDir }, { viewer: VIEWER, editor: EDITOR })}`;
    const server = await startServer({ dataDir, env });
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
    try {
      await signIn(server, VIEWER);
      const viewer = server.headers.cookie;
      await signIn(server, EDITOR);
      const editor = server.headers.cookie;
      reportPage("js.shared", "/s/<token>", await scriptsOf(browser, server, sharedPath), GOAL_SHARED_KB);
      reportPage("js.dashboard.viewer", `${DASHBOARD_PATH} as a viewer`, await scriptsOf(browser, server, DASHBOARD_PATH, viewer), GOAL_DASHBOARD_KB);
      reportPage("js.dashboard.editor", `${DASHBOARD_PATH} as an editor`, await scriptsOf(browser, server, DASHBOARD_PATH, editor), GOAL_DASHBOARD_KB);
    } finally {
      await browser.close();
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
