/*
 * `npm run bench`: prints figures against the goals; it is not a pass/fail test. Each
 * measurement lives in its own file; add new ones to the lists below.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { addReportAction } from "./add-report-action";
import { dashboardLatency } from "./dashboard-latency";
import { firstLoadJs } from "./first-load-js";
import { lighthouseScores } from "./lighthouse";
import { restartTime } from "./restart";
import { postgresMode } from "./postgres";
import { scale } from "./scale";
import { soak } from "./soak";
import { throughput } from "./throughput";
import { DASHBOARD_PATH, killAll, root, startServer, type BenchServer, type DataFolder, type Measurement } from "./server";
import { BENCH_ADMIN, signIn } from "./session";
import { allFigures } from "./stats";

const WARM_UP_REQUESTS = 50;
/** The data folder is new, so the first start creates this admin; its session outlives restarts. */
const serverEnv = { ADMIN_EMAIL: BENCH_ADMIN.email, ADMIN_PASSWORD: BENCH_ADMIN.password };

/** Run in order against one warmed-up server. */
const onRunningServer: Measurement<BenchServer>[] = [dashboardLatency];
/** Run after that server stopped, each starting its own servers on the same data folder. */
const onDataFolder: Measurement<DataFolder>[] = [restartTime, throughput, addReportAction, firstLoadJs, lighthouseScores, scale, postgresMode, soak];

/**
 * `npm run bench -- throughput dashboard` runs only the measurements whose key is named; with no
 * names, all of them.
 */
const only = new Set(process.argv.slice(2));
const selected = <T,>(list: Measurement<T>[]) => list.filter((m) => only.size === 0 || only.has(m.key));

/** The keys of measurements that failed in this run. */
const failed: string[] = [];

/** Where the results go as JSON, one file per run, named by commit: compare them across commits. */
function writeResults(startedAt: Date) {
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
  } catch {
    // Not a git checkout: the file says so.
  }
  const dir = process.env.BENCH_RESULTS_DIR || path.join(root, "tests", "bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${startedAt.toISOString().slice(0, 10)}-${commit}.json`);
  const machine = { cores: os.availableParallelism(), memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
  fs.writeFileSync(file, JSON.stringify({ commit, startedAt: startedAt.toISOString(), machine, only: [...only], failed, figures: allFigures() }, null, 2) + "\n");
  console.log(`Results written to ${path.relative(process.cwd(), file)}`);
}

/** Figures from a busy machine are not comparable with a quiet one's: say how busy it was. */
function printLoad(when: string) {
  const cores = os.availableParallelism();
  const load = os.loadavg()[0] ?? 0;
  const busy = load > cores / 2 ? ": busy, figures are worse than on a quiet machine" : "";
  console.log(`${when}: ${cores} cores, load average ${load.toFixed(1)}${busy}`);
}

async function main() {
  const startedAt = new Date();
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
      for (const measurement of selected(onRunningServer)) {
        console.log(`\n${measurement.title}`);
        await measurement.run(server);
      }
    } finally {
      await server.stop();
    }
    for (const measurement of selected(onDataFolder)) {
      console.log(`\n${measurement.title}`);
      // One measurement that fails says so and leaves the others their run and the results file.
      try {
        await measurement.run({ dataDir, headers: server.headers, env: serverEnv });
      } catch (error) {
        failed.push(measurement.key);
        console.error(`  FAILED: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
      }
    }
    console.log("");
    printLoad("Machine after");
    writeResults(startedAt);
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
