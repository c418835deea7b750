/*
 * Throughput side by side on one server, autocannon with 10 connections for 10 s each: the
 * static file /robots.txt (prerendered at build, served from the build output) as the
 * reference, the shared view asked for as a browser asks (Accept: text/html) and as a bot, curl
 * or a monitor asks (no Accept header), a bad token's 404 (a dynamic page with no data: the
 * floor of any per-request render), and the signed-in dashboard. Then the memory of every
 * process the server runs. The same measurement runs on the embedded database and on
 * PostgreSQL (./postgres.ts), with keys prefixed by the mode.
 */
import { createBenchLink, type Where } from "./bench-db";
import { ACCEPT_HTML, load, type Load } from "./load";
import { DASHBOARD_PATH, startServer, type BenchServer, type DataFolder, type Measurement } from "./server";
import { BENCH_ADMIN, signIn } from "./session";
import { figure } from "./stats";

const STATIC_PATH = "/robots.txt";
const WARM_UP_REQUESTS = 50;
export const GOALS = { sharedRatio: 0.8, sharedP99: 50, dashboardRatio: 0.3, dashboardP50: 50, memoryMB: 400 };

async function warmUp(server: BenchServer, paths: string[], headers: Record<string, string>) {
  for (const pathname of paths) {
    for (let i = 0; i < WARM_UP_REQUESTS; i++) {
      const response = await fetch(server.baseUrl + pathname, { headers });
      await response.arrayBuffer();
    }
  }
}

function failures(...loads: Load[]): number {
  return loads.reduce((sum, l) => sum + l.non2xx + l.errors, 0);
}

/** The figures of one server: `mode` names the database ("embedded", "postgres"). */
export async function measureThroughput(server: BenchServer, token: string, mode: string): Promise<{ sharedBotRps: number }> {
  const shared = `/s/${token}`;
  const badToken = `/s/${"A".repeat(43)}`;
  const cookie = { cookie: server.headers.cookie! };
  await warmUp(server, [STATIC_PATH, shared, badToken], {});
  await warmUp(server, [shared], { accept: ACCEPT_HTML });
  await warmUp(server, [DASHBOARD_PATH], cookie);

  const url = (path: string) => server.baseUrl + path;
  const staticBot = await load(url(STATIC_PATH));
  const staticBrowser = await load(url(STATIC_PATH), { headers: { accept: ACCEPT_HTML } });
  const sharedBrowser = await load(url(shared), { headers: { accept: ACCEPT_HTML } });
  const sharedBot = await load(url(shared));
  const floor = await load(url(badToken));
  const dashboard = await load(url(DASHBOARD_PATH), { headers: cookie });
  const key = (name: string) => `${mode}.${name}`;
  const vsStatic = (l: Load, reference: Load) => ({ value: l.rps / reference.rps, of: `${STATIC_PATH} in this run` });

  figure({ key: key("static.rps"), label: `${STATIC_PATH} (no Accept)`, value: staticBot.rps, unit: "req/s" });
  figure({ key: key("static.p99"), label: `${STATIC_PATH} p99`, value: staticBot.p99, unit: "ms" });
  for (const [name, label, l, reference] of [
    ["browser", "shared view, browser Accept", sharedBrowser, staticBrowser],
    ["bot", "shared view, no Accept (bots, curl)", sharedBot, staticBot],
  ] as const) {
    const ratio = vsStatic(l, reference);
    figure({
      key: key(`shared.${name}.rps`),
      label,
      value: l.rps,
      unit: "req/s",
      ratio,
      goal: { met: ratio.value >= GOALS.sharedRatio, text: `≥ ${GOALS.sharedRatio} × static` },
    });
    figure({ key: key(`shared.${name}.p99`), label: `${label}: p99`, value: l.p99, unit: "ms", goal: { met: l.p99 <= GOALS.sharedP99, text: `≤ ${GOALS.sharedP99} ms` } });
  }
  figure({ key: key("floor.rps"), label: "floor: bad-token 404 (a dynamic page)", value: floor.rps, unit: "req/s", ratio: vsStatic(floor, staticBot) });
  const dashboardRatio = vsStatic(dashboard, staticBot);
  figure({
    key: key("dashboard.rps"),
    label: "signed-in dashboard, 10 connections",
    value: dashboard.rps,
    unit: "req/s",
    ratio: dashboardRatio,
    goal: { met: dashboardRatio.value >= GOALS.dashboardRatio, text: `≥ ${GOALS.dashboardRatio} × static` },
  });
  figure({ key: key("dashboard.p50"), label: "signed-in dashboard: p50", value: dashboard.p50, unit: "ms", goal: { met: dashboard.p50 <= GOALS.dashboardP50, text: `≤ ${GOALS.dashboardP50} ms` } });
  figure({ key: key("dashboard.p99"), label: "signed-in dashboard: p99", value: dashboard.p99, unit: "ms" });
  const failed = failures(staticBot, staticBrowser, sharedBrowser, sharedBot, dashboard);
  figure({ key: key("non2xx"), label: "responses other than 2xx", value: failed, unit: "count", goal: { met: failed === 0, text: "none" } });

  const processes = server.memory();
  const total = processes.reduce((sum, p) => sum + p.rssMB, 0);
  figure({ key: key("memory.total"), label: "memory after the loads, all processes", value: total, unit: "MB", goal: { met: total <= GOALS.memoryMB, text: `≤ ${GOALS.memoryMB} MB` } });
  for (const p of processes.sort((a, b) => b.rssMB - a.rssMB)) console.log(`    ${p.rssMB.toFixed(0).padStart(5)} MB  ${p.command}`);
  return { sharedBotRps: sharedBot.rps };
}

export const throughput: Measurement<DataFolder> = {
  key: "throughput",
  title: "Throughput on the embedded database: the shared view and the dashboard against a static file, autocannon, 10 connections, 10 s each; then memory",
  async run({ dataDir, env }) {
    const where: Where = { dataDir };
    // The folder is free now (no server on it): the link is written before the server starts.
    const { token } = await createBenchLink(where);
    const server = await startServer({ dataDir, env });
    try {
      await signIn(server, BENCH_ADMIN);
      const first = await server.get(`/s/${token}`);
      if (first.status !== 200) throw new Error(`GET /s/<token> answered ${first.status}`);
      await measureThroughput(server, token, "embedded");
    } finally {
      await server.stop();
    }
  },
};
