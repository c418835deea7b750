/* Server response time of the dashboard page, one request at a time on a warm server. */
import { DASHBOARD_PATH, type BenchServer, type Measurement } from "./server";
import { ms, report, summarize } from "./stats";

const REQUESTS = 500;
const GOAL_P50_MS = 50;

export const dashboardLatency: Measurement<BenchServer> = {
  key: "dashboard",
  title: `GET ${DASHBOARD_PATH}: ${REQUESTS} sequential requests`,
  async run(server) {
    const samples: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const response = await server.get(DASHBOARD_PATH);
      if (response.status !== 200) throw new Error(`GET ${DASHBOARD_PATH} answered ${response.status}`);
      samples.push(response.ms);
    }
    const summary = summarize(samples);
    report("p50", ms(summary.p50), { met: summary.p50 <= GOAL_P50_MS, text: `p50 ≤ ${GOAL_P50_MS} ms` });
    report("p95", ms(summary.p95));
    report("p99", ms(summary.p99));
    report("min / mean / max", `${summary.min.toFixed(1)} / ${summary.mean.toFixed(1)} / ${summary.max.toFixed(1)} ms`);
  },
};
