/* Throughput of the dashboard page under concurrent load (autocannon, in its own process). */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import { DASHBOARD_PATH, type BenchServer, type Measurement } from "./server";
import { ms, report } from "./stats";

const CONNECTIONS = 10;
const SECONDS = 10;

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  throughput: { average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

const autocannonCli = createRequire(import.meta.url).resolve("autocannon/autocannon.js");

export const dashboardThroughput: Measurement<BenchServer> = {
  key: "dashboard",
  title: `GET ${DASHBOARD_PATH}: autocannon, ${CONNECTIONS} connections, ${SECONDS} s`,
  async run(server) {
    const headerArgs = Object.entries(server.headers).flatMap(([name, value]) => ["-H", `${name}=${value}`]);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [autocannonCli, "-c", String(CONNECTIONS), "-d", String(SECONDS), "-j", ...headerArgs, server.baseUrl + DASHBOARD_PATH],
      { timeout: (SECONDS + 60) * 1000, maxBuffer: 16 * 1024 * 1024 },
    );
    const result = JSON.parse(stdout) as AutocannonResult;
    report("requests per second (mean)", result.requests.average.toFixed(1));
    report("latency p50 / p99 under load", `${ms(result.latency.p50)} / ${ms(result.latency.p99)}`);
    report("throughput", `${(result.throughput.average / 1024 / 1024).toFixed(2)} MB/s`);
    const failures = result.non2xx + result.errors + result.timeouts;
    report("responses other than 2xx", String(failures), { met: failures === 0, text: "none" });
  },
};
