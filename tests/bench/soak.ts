/*
 * Soak: 10 editors adding progress reports through the add-report server action, each signed in
 * as its own synthetic editor and sending its next save as soon as the last is answered, and 50
 * readers (autocannon connections: 25 on the shared view, 25 signed in as a viewer on the
 * dashboard of the same project), all at once for 60 s against one server, on the embedded
 * database and then on PostgreSQL. Afterwards, with the server stopped, every save the action
 * acknowledged must be in the database with its audit entry. Beside that: the 5xx answers,
 * requests/s and latency per kind, and the memory of the server's processes at the start, the
 * middle and the end of the load, which holds flat when end ≤ middle × 1.1. The readers' rates are
 * set beside the same readers' for 10 s with no editor, just before: what the saves cost them.
 * Each mode gets a
 * throwaway database of its own; the accounts, a source and a share link are written before the
 * server starts (an embedded folder allows one process).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { openConnection } from "../../db/connection";
import { RECORD_TYPES } from "../../db/records";
import { auditEntries, progressReports } from "../../db/schema";
import { actionNamed } from "../e2e/support/built-actions";
import { startPostgresServer } from "../support/postgres-server";
import { createBenchLink, type Where } from "./bench-db";
import { callAction, editorAccount, prepareAccounts, reportInput, sessionCookies } from "./editor-calls";
import { ACCEPT_HTML, load, type Load } from "./load";
import { DASHBOARD_PATH, freePort, startServer, type BenchServer, type DataFolder, type Measurement } from "./server";
import { figure, summarize } from "./stats";

/** BENCH_SOAK_SECONDS soaks longer, to see whether memory settles or keeps growing. */
const SECONDS = Number(process.env.BENCH_SOAK_SECONDS || 60);
const EDITORS = 10;
const SHARED_READERS = 25;
const DASHBOARD_READERS = 25;
const WARM_UP_REQUESTS = 50;
const ALONE_SECONDS = 10;
/** Memory holds flat when the end's is at most the middle's times this. */
const FLAT = 1.1;
const MARKER = "Soak synthetic report";
const VIEWER = { email: "bench-soak-viewer@bridgewatch.test", password: "bench-soak-viewer-password-1" } as const;
const editors = Array.from({ length: EDITORS }, (_, i) => editorAccount(i));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const totalMB = (server: BenchServer) => server.memory().reduce((sum, p) => sum + p.rssMB, 0);

interface Saves {
  acknowledged: string[];
  refused: number;
  serverErrors: number;
  errors: number;
  samples: number[];
  firstFailure: string | null;
}

interface Readers {
  shared: Load;
  dashboard: Load;
}

/** The readers for `seconds`: autocannon connections, each asking again as soon as answered. */
async function readersFor(server: BenchServer, seconds: number, reading: { shared: string; viewerCookie: string }): Promise<Readers> {
  const [shared, dashboard] = await Promise.all([
    load(server.baseUrl + reading.shared, { connections: SHARED_READERS, seconds, headers: { accept: ACCEPT_HTML } }),
    load(server.baseUrl + DASHBOARD_PATH, { connections: DASHBOARD_READERS, seconds, headers: { accept: ACCEPT_HTML, cookie: reading.viewerCookie } }),
  ]);
  return { shared, dashboard };
}

/** Each editor saves one report after another until the deadline. */
async function editorsSaving(server: BenchServer, cookies: string[], sourceId: string, until: number): Promise<Saves> {
  const add = actionNamed("createProgressReport").id;
  const saves: Saves = { acknowledged: [], refused: 0, serverErrors: 0, errors: 0, samples: [], firstFailure: null };
  let n = 0;
  const editor = async (cookie: string) => {
    while (performance.now() < until) {
      try {
        const call = await callAction(server, cookie, add, reportInput(sourceId, ++n, MARKER));
        saves.samples.push(call.ms);
        if (call.ok) saves.acknowledged.push((call.data as { id: string }).id);
        else {
          saves.refused++;
          if (call.status >= 500) saves.serverErrors++;
          saves.firstFailure ??= call.detail;
        }
      } catch (error) {
        saves.errors++;
        saves.firstFailure ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(cookies.map(editor));
  return saves;
}

/** Acknowledged saves whose row or whose audit entry is not in the database. */
async function lostSaves(where: Where, acknowledged: string[]): Promise<number> {
  const connection = await openConnection(where);
  try {
    const rows = await connection.db.select({ id: progressReports.id }).from(progressReports);
    const entries = await connection.db
      .select({ id: auditEntries.entityId })
      .from(auditEntries)
      .where(and(eq(auditEntries.entity, RECORD_TYPES.progressReport.entity), eq(auditEntries.action, "create")));
    const stored = new Set(rows.map((r) => r.id));
    const audited = new Set(entries.map((e) => e.id));
    return acknowledged.filter((id) => !stored.has(id) || !audited.has(id)).length;
  } finally {
    await connection.close();
  }
}

interface Target {
  /** Where the accounts, the link and the check afterwards go. */
  where: Where;
  /** The server's data folder (PGlite, or the auth secret beside PostgreSQL) and extra environment. */
  dataDir: string;
  env: Record<string, string>;
}

async function soakOn(mode: "embedded" | "postgres", { where, dataDir, env }: Target) {
  const sourceId = await prepareAccounts(where, [...editors.map((a) => ({ ...a, role: "editor" as const })), { ...VIEWER, role: "viewer" }]);
  const { token } = await createBenchLink(where);
  const shared = `/s/${token}`;
  const server = await startServer({ dataDir, env });
  let saves: Saves;
  let readers: Readers;
  let alone: Readers;
  const memory = { start: 0, middle: 0, end: 0 };
  const processes = () => server.memory().sort((a, b) => b.rssMB - a.rssMB);
  let atEnd: ReturnType<typeof processes> = [];
  try {
    const cookies = await sessionCookies(server, editors);
    const [viewerCookie] = await sessionCookies(server, [VIEWER]);
    const reading = { shared, viewerCookie: viewerCookie! };
    for (const [pathname, headers] of [[shared, { accept: ACCEPT_HTML }], [DASHBOARD_PATH, { accept: ACCEPT_HTML, cookie: reading.viewerCookie }]] as const) {
      for (let i = 0; i < WARM_UP_REQUESTS; i++) await (await fetch(server.baseUrl + pathname, { headers })).arrayBuffer();
    }
    alone = await readersFor(server, ALONE_SECONDS, reading);

    const started = performance.now();
    memory.start = totalMB(server);
    const sampled = (async () => {
      await sleep((SECONDS * 1000) / 2);
      memory.middle = totalMB(server);
      // One second before the readers stop: still under the whole load.
      await sleep((SECONDS * 1000) / 2 - 1000);
      atEnd = processes();
      memory.end = totalMB(server);
    })();
    [readers, saves] = await Promise.all([readersFor(server, SECONDS, reading), editorsSaving(server, cookies, sourceId, started + SECONDS * 1000), sampled]);
  } finally {
    await server.stop();
  }

  const lost = await lostSaves(where, saves.acknowledged);
  const key = (name: string) => `soak.${mode}.${name}`;
  const none = (value: number) => ({ met: value === 0, text: "none" });
  figure({ key: key("writes.acknowledged"), label: "saves acknowledged", value: saves.acknowledged.length, unit: "count" });
  figure({ key: key("writes.lost"), label: "of those, missing afterwards (row or audit)", value: lost, unit: "count", goal: none(lost) });
  figure({ key: key("writes.refused"), label: "saves refused or failed", value: saves.refused + saves.errors, unit: "count", goal: none(saves.refused + saves.errors) });
  if (saves.firstFailure) console.log(`    first failure: ${saves.firstFailure}`);
  const serverErrors = readers.shared.serverErrors + readers.dashboard.serverErrors + saves.serverErrors;
  figure({ key: key("5xx"), label: "5xx answers, all kinds", value: serverErrors, unit: "count", goal: none(serverErrors) });
  const otherFailures = readers.shared.non2xx - readers.shared.serverErrors + readers.dashboard.non2xx - readers.dashboard.serverErrors;
  const dropped = readers.shared.errors + readers.dashboard.errors;
  figure({ key: key("readers.failed"), label: "reads not 2xx, dropped or timed out", value: otherFailures + dropped, unit: "count", goal: none(otherFailures + dropped) });

  const add = summarize(saves.samples);
  const addRps = saves.samples.length / SECONDS;
  figure({ key: key("rps"), label: "requests/s, all kinds", value: readers.shared.rps + readers.dashboard.rps + addRps, unit: "req/s" });
  const kinds = [
    ["shared", `shared view, ${SHARED_READERS} readers`, readers.shared.rps, readers.shared, alone.shared.rps],
    ["dashboard", `dashboard, ${DASHBOARD_READERS} viewers`, readers.dashboard.rps, readers.dashboard, alone.dashboard.rps],
    ["add", `add report, ${EDITORS} editors`, addRps, add, null],
  ] as const;
  const ratio = (rps: number, reference: number | null) => (reference ? { value: rps / reference, of: `no editor, ${ALONE_SECONDS} s` } : undefined);
  for (const [name, label, rps, latency, reference] of kinds) {
    if (reference) figure({ key: key(`${name}.alone.rps`), label: `${name === "shared" ? "shared view" : "dashboard"}, no editor (${ALONE_SECONDS} s before)`, value: reference, unit: "req/s" });
    figure({ key: key(`${name}.rps`), label, value: rps, unit: "req/s", ratio: ratio(rps, reference) });
    figure({ key: key(`${name}.p50`), label: `${label}: p50`, value: latency.p50, unit: "ms" });
    figure({ key: key(`${name}.p95`), label: `${label}: p95${name === "add" ? "" : " (p97.5)"}`, value: latency.p95, unit: "ms" });
    figure({ key: key(`${name}.p99`), label: `${label}: p99`, value: latency.p99, unit: "ms" });
  }

  figure({ key: key("memory.start"), label: "memory, all processes: at the start", value: memory.start, unit: "MB" });
  figure({ key: key("memory.middle"), label: `memory: after ${SECONDS / 2} s`, value: memory.middle, unit: "MB" });
  const flat = memory.end <= memory.middle * FLAT;
  figure({
    key: key("memory.end"),
    label: `memory: after ${SECONDS - 1} s`,
    value: memory.end,
    unit: "MB",
    ratio: { value: memory.end / memory.middle, of: "the middle" },
    goal: { met: flat, text: `flat: ≤ ${FLAT} × the middle` },
  });
  for (const p of atEnd) console.log(`    ${p.rssMB.toFixed(0).padStart(5)} MB  ${p.command}`);
}

export const soak: Measurement<DataFolder> = {
  key: "soak",
  title: `Soak: ${EDITORS} editors saving and ${SHARED_READERS + DASHBOARD_READERS} readers for ${SECONDS} s on one server, embedded and PostgreSQL`,
  async run({ env }) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bridgewatch-bench-soak-"));
    const pgDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bridgewatch-bench-soak-pg-"));
    try {
      console.log("  embedded database");
      await soakOn("embedded", { where: { dataDir }, dataDir, env });
      const postgres = await startPostgresServer({ port: await freePort() });
      try {
        console.log("  PostgreSQL 15");
        await soakOn("postgres", { where: { databaseUrl: postgres.url }, dataDir: pgDataDir, env: { ...env, DATABASE_URL: postgres.url } });
      } finally {
        await postgres.stop();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(pgDataDir, { recursive: true, force: true });
    }
  },
};
