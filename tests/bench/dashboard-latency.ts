/*
 * Server response time of the dashboard, one request at a time on a warm server: today's view
 * (the render of the current version) and an earlier day's (?asOf=, rendered per request, the
 * cost every request would have without the render cache).
 */
import { DASHBOARD_PATH, type BenchServer, type Measurement } from "./server";
import { figure, summarize } from "./stats";

const REQUESTS = 300;
const GOAL_P50_MS = 50;

async function sequential(server: BenchServer, path: string) {
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const response = await server.get(path);
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
    samples.push(response.ms);
  }
  return summarize(samples);
}

export const dashboardLatency: Measurement<BenchServer> = {
  key: "dashboard",
  title: `GET ${DASHBOARD_PATH}: ${REQUESTS} sequential requests, today's view and an earlier day's`,
  async run(server) {
    const today = await sequential(server, DASHBOARD_PATH);
    const asOf = await sequential(server, `${DASHBOARD_PATH}?asOf=2026-06-01`);
    figure({ key: "dashboard.sequential.p50", label: "today's view: p50", value: today.p50, unit: "ms", goal: { met: today.p50 <= GOAL_P50_MS, text: `≤ ${GOAL_P50_MS} ms` } });
    figure({ key: "dashboard.sequential.p99", label: "today's view: p99", value: today.p99, unit: "ms" });
    figure({
      key: "dashboard.asof.p50",
      label: "an earlier day's view (rendered per request): p50",
      value: asOf.p50,
      unit: "ms",
      ratio: { value: asOf.p50 / today.p50, of: "today's view" },
    });
  },
};
