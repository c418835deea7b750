/*
 * `npm run bench`: prints figures against the goals; it is not a pass/fail test. Each
 * measurement lives in its own file; add new ones to the lists below.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { addReportAction } from "./add-report-action";
import { dashboardLatency } from "./dashboard-latency";
import { dashboardThroughput } from "./dashboard-throughput";
import { restartTime } from "./restart";
import { shareVsStatic } from "./share-vs-static";
import { DASHBOARD_PATH, killAll, startServer, type BenchServer, type DataFolder, type Measurement } from "./server";
import { BENCH_ADMIN, signIn } from "./session";

const WARM_UP_REQUESTS = 50;
/** The data folder is new, so the first start creates this admin; its session outlives restarts. */
const serverEnv = { ADMIN_EMAIL: BENCH_ADMIN.email, ADMIN_PASSWORD: BENCH_ADMIN.password };

/** Run in order against one warmed-up server. */
const onRunningServer: Measurement<BenchServer>[] = [dashboardLatency, dashboardThroughput];
/** Run after that server stopped, each starting its own servers on the same data folder. */
const onDataFolder: Measurement<DataFolder>[] = [restartTime, shareVsStatic, addReportAction];

/** Figures from a busy machine are not comparable with a quiet one's: say how busy it was. */
function printLoad(when: string) {
  const cores = os.availableParallelism();
  const load = os.loadavg()[0] ?? 0;
  const busy = load > cores / 2 ? ": busy, figures are worse than on a quiet machine" : "";
  console.log(`${when}: ${cores} cores, load average ${load.toFixed(1)}${busy}`);
}

async function main() {
  printLoad("Machine before");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bridgewatch-bench-"));
  try {
    console.log("Starting the production server (npm start builds first if the build is missing or stale)...");
    const server = await startServer({ dataDir, readyTimeoutMs: 15 * 60_000, env: serverEnv });
    console.log(`Ready at ${server.baseUrl} in ${(server.startupMs / 1000).toFixed(1)} s${server.built ? ", build included" : ""}`);
    try {
      await signIn(server);
      for (let i = 0; i < WARM_UP_REQUESTS; i++) {
        const { status } = await server.get(DASHBOARD_PATH);
        if (status !== 200) throw new Error(`GET ${DASHBOARD_PATH} answered ${status}`);
      }
      for (const measurement of onRunningServer) {
        console.log(`\n${measurement.title}`);
        await measurement.run(server);
      }
    } finally {
      await server.stop();
    }
    for (const measurement of onDataFolder) {
      console.log(`\n${measurement.title}`);
      await measurement.run({ dataDir, headers: server.headers, env: serverEnv });
    }
    console.log("");
    printLoad("Machine after");
  } finally {
    killAll();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
