/*
 * Adding a progress report through its server action on the embedded database, against an action
 * that checks the caller the same way and writes nothing (checkEditAccess): raw POSTs with the
 * action id from the dashboard page, as the dashboard's form sends them. First one editor alone,
 * then 10 editors at once, each sending its next call as soon as the last is answered; the no-op
 * and the save take turns, round after round, so both meet the same machine. A save may cost more
 * than the no-op (it writes), but must not make the editors queue behind each other.
 * Its own throwaway data folder: 10 synthetic editors and a synthetic source are written into it
 * before the server starts (only one process may open it), the way `npm run cli -- user add` does.
 * BENCH_SERVER_NODE_OPTIONS is the server's NODE_OPTIONS, e.g. a --require hook that profiles it
 * (NODE_OPTIONS does not allow --cpu-prof itself).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { actionNamed } from "../e2e/support/built-actions";
import { serverCpuClock } from "./action-server-cpu";
import { callAction, editorAccount, prepareAccounts, reportInput as numberedReport, sessionCookies } from "./editor-calls";
import { startServer, type BenchServer, type DataFolder, type Measurement } from "./server";
import { figure, summarize } from "./stats";

const EDITORS = 10;
const ROUNDS = 3;
const CALLS_EACH_ROUND = 20;
const WARM_UP_EACH = 5;
/** Calls by one editor with nobody else: the latency without queueing, for comparison. */
const ALONE = 30;
const GOAL_P95_MS = 60;
const GOAL_RATIO = 2;
const SLUG = "tumen-road-bridge";
const MARKER = "Benchmark synthetic report";
const editors = Array.from({ length: EDITORS }, (_, i) => editorAccount(i));

let n = 0;
const reportInput = (sourceId: string) => numberedReport(sourceId, ++n, MARKER);

async function reportCount(server: BenchServer, cookie: string): Promise<number> {
  const response = await fetch(`${server.baseUrl}/api/projects/${SLUG}`, { headers: { Cookie: cookie } });
  const data = (await response.json()) as { reports: { summary: string }[] };
  return data.reports.filter((r) => r.summary.startsWith(MARKER)).length;
}

export const addReportAction: Measurement<DataFolder> = {
  key: "editors",
  title: `Adding a progress report through its server action (embedded database), against a no-op action: 1 editor alone, then ${EDITORS} at once`,
  async run({ env }) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bridgewatch-bench-reports-"));
    const nodeOptions = process.env.BENCH_SERVER_NODE_OPTIONS;
    const profiling: Record<string, string> = nodeOptions ? { NODE_OPTIONS: nodeOptions } : {};
    try {
      const sourceId = await prepareAccounts({ dataDir }, editors.map((account) => ({ ...account, role: "editor" as const })));
      const server = await startServer({ dataDir, env: { ...env, ...profiling } });
      try {
        const add = actionNamed("createProgressReport").id;
        const noop = actionNamed("checkEditAccess").id;
        const cookies = await sessionCookies(server, editors);
        const failures: string[] = [];
        const bytes = { add: 0, noop: 0 };
        let added = 0;
        const series = async (kind: "add" | "noop", cookie: string, count: number) => {
          const samples: number[] = [];
          for (let i = 0; i < count; i++) {
            const call = kind === "add" ? await callAction(server, cookie, add, reportInput(sourceId)) : await callAction(server, cookie, noop, { projectSlug: SLUG });
            if (kind === "add") added++;
            bytes[kind] = call.bytes;
            if (call.ok) samples.push(call.ms);
            else failures.push(`${kind}: ${call.detail}`);
          }
          return samples;
        };
        const cpu = serverCpuClock(server.baseUrl);
        const cpuMs = { add: 0, noop: 0 };
        const together = async (kind: "add" | "noop", count: number) => {
          const before = cpu?.() ?? 0;
          const samples = (await Promise.all(cookies.map((c) => series(kind, c, count)))).flat();
          cpuMs[kind] += (cpu?.() ?? 0) - before;
          return samples;
        };

        await together("noop", WARM_UP_EACH);
        await together("add", WARM_UP_EACH);
        cpuMs.add = cpuMs.noop = 0;
        const noopAlone = await series("noop", cookies[0]!, ALONE);
        const addAlone = await series("add", cookies[0]!, ALONE);
        const noopLoaded: number[] = [];
        const addLoaded: number[] = [];
        let addSeconds = 0;
        for (let round = 0; round < ROUNDS; round++) {
          noopLoaded.push(...(await together("noop", CALLS_EACH_ROUND)));
          const started = performance.now();
          addLoaded.push(...(await together("add", CALLS_EACH_ROUND)));
          addSeconds += (performance.now() - started) / 1000;
        }
        const persisted = await reportCount(server, cookies[0]!);
        if (addLoaded.length === 0 || noopLoaded.length === 0) throw new Error(`No call succeeded: ${failures.slice(0, 3).join("; ")}`);

        const goal = (value: number) => ({ met: value <= GOAL_P95_MS, text: `≤ ${GOAL_P95_MS} ms` });
        const noopP95 = summarize(noopLoaded).p95;
        const load = summarize(addLoaded);
        figure({ key: "editors.noop.alone.p95", label: "no-op action, 1 editor alone: p95", value: summarize(noopAlone).p95, unit: "ms" });
        figure({ key: "editors.noop.10.p95", label: `no-op action, ${EDITORS} at once: p95`, value: noopP95, unit: "ms" });
        const aloneP95 = summarize(addAlone).p95;
        figure({ key: "editors.add.alone.p95", label: "add report, 1 editor alone: p95", value: aloneP95, unit: "ms", goal: goal(aloneP95) });
        figure({ key: "editors.add.10.p50", label: `add report, ${EDITORS} at once: p50`, value: load.p50, unit: "ms" });
        figure({
          key: "editors.add.10.p95",
          label: `add report, ${EDITORS} at once: p95`,
          value: load.p95,
          unit: "ms",
          ratio: { value: load.p95 / noopP95, of: "no-op p95" },
          goal: goal(load.p95),
        });
        const ratio = load.p95 / noopP95;
        figure({ key: "editors.add.10.ratio", label: "add report p95 / no-op p95", value: ratio, unit: "ratio", goal: { met: ratio <= GOAL_RATIO, text: `≤ ${GOAL_RATIO} ×` } });
        figure({ key: "editors.add.10.max", label: `add report, ${EDITORS} at once: max`, value: load.max, unit: "ms" });
        figure({ key: "editors.add.10.rate", label: "reports added per second", value: addLoaded.length / addSeconds, unit: "req/s" });
        if (cpu) {
          const perCall = { noop: cpuMs.noop / (EDITORS * CALLS_EACH_ROUND * ROUNDS), add: cpuMs.add / (EDITORS * CALLS_EACH_ROUND * ROUNDS) };
          figure({ key: "editors.noop.cpu", label: "server CPU per no-op call", value: perCall.noop, unit: "ms" });
          figure({
            key: "editors.add.cpu",
            label: "server CPU per add report",
            value: perCall.add,
            unit: "ms",
            ratio: { value: perCall.add / perCall.noop, of: "no-op" },
          });
        }
        figure({ key: "editors.add.answer", label: "answer of one add report", value: bytes.add / 1024, unit: "KB" });
        figure({ key: "editors.noop.answer", label: "answer of one no-op", value: bytes.noop / 1024, unit: "KB" });
        figure({ key: "editors.failed", label: "calls refused or failed", value: failures.length, unit: "count", goal: { met: failures.length === 0, text: "none" } });
        if (failures.length > 0) console.log(`    first failure: ${failures[0]}`);
        figure({ key: "editors.persisted", label: `reports persisted (of ${added})`, value: persisted, unit: "count", goal: { met: persisted === added, text: "all" } });
      } finally {
        await server.stop();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
