/*
 * A shared view against a static response of the same app, side by side on one server:
 * autocannon, 10 connections, 10 s each, no session cookie (a reader of a link has none).
 * The link is written into the data folder before the server starts (only one process may
 * open it). There is no static HTML page that answers 200 (every page needs a session or a
 * token), so the static side is /robots.txt: prerendered at build, served from the build output.
 * A bad token's 404 page is measured too: a dynamic page with no data at all, the floor of
 * any per-request render in this app, so the report shows what holds the shared view back.
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { openConnection } from "../../db/connection";
import { projects } from "../../db/schema";
import { seedIfEmpty } from "../../db/seed";
import { createShareLink } from "../../db/mutations/share-links";
import { startServer, type BenchServer, type DataFolder, type Measurement } from "./server";
import { ms, report } from "./stats";

const CONNECTIONS = 10;
const SECONDS = 10;
const WARM_UP_REQUESTS = 50;
const STATIC_PATH = "/robots.txt";
const SLUG = "tumen-road-bridge";
const GOAL_RATIO = 0.5;
const GOAL_P99_MS = 100;
const ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

interface Load {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

const autocannonCli = createRequire(import.meta.url).resolve("autocannon/autocannon.js");

async function load(url: string): Promise<Load> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    // A browser's page load: the Accept header is what tells a page load from a client-router fetch.
    [autocannonCli, "-c", String(CONNECTIONS), "-d", String(SECONDS), "-H", `accept=${ACCEPT_HTML}`, "-j", url],
    { timeout: (SECONDS + 60) * 1000, maxBuffer: 16 * 1024 * 1024 },
  );
  const r = JSON.parse(stdout) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
    timeouts: number;
  };
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts };
}

async function createLink(dataDir: string): Promise<string> {
  const connection = await openConnection({ dataDir });
  try {
    await connection.migrate();
    await seedIfEmpty(connection.db);
    const [project] = await connection.db.select({ id: projects.id }).from(projects).where(eq(projects.slug, SLUG));
    if (!project) throw new Error(`No project ${SLUG} in ${dataDir}`);
    const { token } = await createShareLink(connection.db, {
      projectId: project.id,
      label: "Benchmark",
      expiresInMs: 60 * 60 * 1000,
      actor: "system",
    });
    return token;
  } finally {
    await connection.close();
  }
}

async function warmUp(server: BenchServer, paths: string[]) {
  for (const pathname of paths) {
    for (let i = 0; i < WARM_UP_REQUESTS; i++) await fetch(server.baseUrl + pathname, { headers: { accept: ACCEPT_HTML } }).then((r) => r.arrayBuffer());
  }
}

export const shareVsStatic: Measurement<DataFolder> = {
  key: "shared",
  title: `Shared view against ${STATIC_PATH}: autocannon, ${CONNECTIONS} connections, ${SECONDS} s each`,
  async run({ dataDir, env }) {
    const sharedPath = `/s/${await createLink(dataDir)}`;
    const badTokenPath = `/s/${"A".repeat(43)}`;
    // No session headers: a reader of a link has none.
    const server = await startServer({ dataDir, env });
    try {
      const first = await server.get(sharedPath);
      if (first.status !== 200) throw new Error(`GET /s/<token> answered ${first.status}`);
      await warmUp(server, [STATIC_PATH, sharedPath, badTokenPath]);
      const staticLoad = await load(server.baseUrl + STATIC_PATH);
      const shared = await load(server.baseUrl + sharedPath);
      const floor = await load(server.baseUrl + badTokenPath);
      const ratio = shared.rps / staticLoad.rps;

      report(`${STATIC_PATH} requests/s`, `${staticLoad.rps.toFixed(1)} (p99 ${ms(staticLoad.p99)})`);
      report("/s/<token> requests/s", shared.rps.toFixed(1));
      report("ratio shared / static", ratio.toFixed(2), { met: ratio >= GOAL_RATIO, text: `≥ ${GOAL_RATIO}` });
      report("/s/<token> latency p50", ms(shared.p50));
      report("/s/<token> latency p99", ms(shared.p99), { met: shared.p99 <= GOAL_P99_MS, text: `≤ ${GOAL_P99_MS} ms` });
      const failures = staticLoad.non2xx + staticLoad.errors + shared.non2xx + shared.errors;
      report("responses other than 2xx", String(failures), { met: failures === 0, text: "none" });
      report("floor: bad-token 404 page requests/s", `${floor.rps.toFixed(1)} (p99 ${ms(floor.p99)})`);
    } finally {
      await server.stop();
    }
  },
};
