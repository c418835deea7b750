/*
 * First-load JavaScript of the shared view and of the dashboard, as a browser gets it: real
 * Chromium loads the page and waits for the network to go idle, so chunks that the page imports
 * lazily on load count too. Every JavaScript response is gzipped here at level 9 (what a server
 * compressing its static files would send; `next start` itself sends them uncompressed), and
 * the sum is the figure. The dashboard is loaded as a viewer and as an editor: the forms are
 * the editor's alone. A share link, a viewer and an editor are written into the data folder
 * before the server starts (only one process may open it).
 */
import zlib from "node:zlib";
import { eq } from "drizzle-orm";
import { chromium, type Browser } from "@playwright/test";
import { openConnection } from "../../db/connection";
import { createShareLink } from "../../db/mutations/share-links";
import { createUser } from "../../db/mutations/users";
import { projects } from "../../db/schema";
import { seedIfEmpty } from "../../db/seed";
import { DASHBOARD_PATH, startServer, type BenchServer, type DataFolder, type Measurement } from "./server";
import { signIn } from "./session";
import { figure } from "./stats";

const SLUG = "tumen-road-bridge";
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

async function prepare(dataDir: string): Promise<string> {
  const connection = await openConnection({ dataDir });
  try {
    await connection.migrate();
    await seedIfEmpty(connection.db);
    const [project] = await connection.db.select({ id: projects.id }).from(projects).where(eq(projects.slug, SLUG));
    if (!project) throw new Error(`No project ${SLUG} in ${dataDir}`);
    for (const [account, role] of [[VIEWER, "viewer"], [EDITOR, "editor"]] as const) {
      await createUser(connection.db, { ...account, role, actor: "system" });
    }
    const { token } = await createShareLink(connection.db, {
      projectId: project.id,
      label: "Benchmark: first-load JavaScript",
      expiresInMs: 60 * 60 * 1000,
      actor: "system",
    });
    return token;
  } finally {
    await connection.close();
  }
}

/** Every script the page loads until the network is idle, each gzipped at level 9. */
async function scriptsOf(browser: Browser, server: BenchServer, pathname: string, cookie?: string): Promise<Script[]> {
  const context = await browser.newContext();
  try {
    if (cookie) {
      const split = cookie.indexOf("=");
      await context.addCookies([{ name: cookie.slice(0, split), value: cookie.slice(split + 1), url: server.baseUrl }]);
    }
    const page = await context.newPage();
    const bodies = new Map<string, Promise<Script | null>>();
    page.on("response", (response) => {
      const type = response.headers()["content-type"] ?? "";
      if (!/javascript/.test(type) || bodies.has(response.url())) return;
      bodies.set(
        response.url(),
        response.body().then(
          (body) => ({ url: response.url(), bytes: body.length, gzipBytes: zlib.gzipSync(body, { level: 9 }).length }),
          () => null,
        ),
      );
    });
    const answer = await page.goto(server.baseUrl + pathname, { waitUntil: "networkidle" });
    if (answer?.status() !== 200) throw new Error(`GET ${pathname} answered ${answer?.status()}`);
    const scripts = (await Promise.all(bodies.values())).filter((s): s is Script => s !== null);
    return scripts.sort((a, b) => b.gzipBytes - a.gzipBytes);
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => bytes / 1024;

function reportPage(key: string, label: string, scripts: Script[], goalKb?: number) {
  const total = kb(scripts.reduce((sum, s) => sum + s.gzipBytes, 0));
  const raw = kb(scripts.reduce((sum, s) => sum + s.bytes, 0));
  figure({
    key,
    label: `${label} (${scripts.length} files)`,
    value: total,
    unit: "KB",
    goal: goalKb === undefined ? undefined : { met: total <= goalKb, text: `≤ ${goalKb} KB gz` },
  });
  console.log(`    ${raw.toFixed(1)} KB before gzip; biggest:`);
  for (const s of scripts.slice(0, BIGGEST_SHOWN)) {
    console.log(`    ${kb(s.gzipBytes).toFixed(1).padStart(7)} KB gz  ${new URL(s.url).pathname}`);
  }
}

export const firstLoadJs: Measurement<DataFolder> = {
  key: "js",
  title: "First-load JavaScript: Chromium until network idle, every script gzipped at level 9",
  async run({ dataDir, env }) {
    const sharedPath = `/s/${await prepare(dataDir)}`;
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
    }
  },
};
