/*
 * Adding a progress report through its server action on the embedded database: raw POSTs with
 * the action id, as the dashboard's form sends them, from the dashboard page (so each answer
 * carries the page re-rendered after the change, as the browser gets it). First one editor
 * alone, then 10 editors at once, each sending its next report as soon as the last is answered.
 * Its own throwaway data folder: 10 synthetic editors and a synthetic source are written into it
 * before the server starts (only one process may open it), the way `npm run cli -- user add` does.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { createUser } from "../../db/mutations/users";
import { openConnection } from "../../db/connection";
import { createSource } from "../../db/mutations/records/sources";
import { sourceRecord } from "../../db/records/source";
import { projects } from "../../db/schema";
import { seedIfEmpty } from "../../db/seed";
import { actionResultOf, encodeArgs } from "../e2e/support/action-call";
import { actionNamed } from "../e2e/support/built-actions";
import { DASHBOARD_PATH, startServer, type BenchServer, type DataFolder, type Measurement } from "./server";
import { BENCH_ADMIN, signIn } from "./session";
import { ms, report, summarize } from "./stats";

const EDITORS = 10;
const REPORTS_EACH = 50;
const WARM_UP_EACH = 5;
/** Calls by one editor with nobody else: the latency without queueing, for comparison. */
const ALONE = 20;
const GOAL_P95_MS = 100;
const SLUG = "tumen-road-bridge";
const MARKER = "Benchmark synthetic report";

const editorAccount = (i: number) => ({ email: `bench-editor-${i}@bridgewatch.test`, password: `bench-editor-password-${i}` });

/** Migrates and seeds the folder, then adds the editors and the source their reports cite. */
async function prepare(dataDir: string): Promise<string> {
  const connection = await openConnection({ dataDir });
  try {
    await connection.migrate();
    await seedIfEmpty(connection.db);
    const [project] = await connection.db.select({ id: projects.id }).from(projects).where(eq(projects.slug, SLUG));
    if (!project) throw new Error(`No project ${SLUG} in ${dataDir}`);
    for (let i = 0; i < EDITORS; i++) await createUser(connection.db, { ...editorAccount(i), role: "editor", actor: "system" });
    const input = sourceRecord.schemas.create.parse({
      projectSlug: SLUG,
      outlet: "Benchmark",
      title: "Benchmark synthetic source",
      published: "2026-11-01",
      kind: "other",
    });
    const source = await createSource(connection.db, { project, actor: "system", input });
    return source.id;
  } finally {
    await connection.close();
  }
}

/** One createProgressReport call as the editor: its latency, and whether the action said ok. */
async function addReport(server: BenchServer, cookie: string, actionId: string, sourceId: string, n: number) {
  const { json } = encodeArgs([
    {
      projectSlug: SLUG,
      observed: "2024-01",
      publishedOn: "2026-11-02",
      percent: String(n % 100),
      summary: `${MARKER} ${n}`,
      sourceId,
      evidenceKind: "other",
      confidence: "low",
    },
  ]);
  const started = performance.now();
  const response = await fetch(server.baseUrl + DASHBOARD_PATH, {
    method: "POST",
    headers: { "Next-Action": actionId, Origin: server.baseUrl, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Cookie: cookie },
    body: json,
  });
  const body = await response.text();
  const elapsed = performance.now() - started;
  const result = actionResultOf(body) as { ok?: boolean; message?: string } | undefined;
  return { ms: elapsed, ok: response.status === 200 && result?.ok === true, detail: `${response.status} ${result?.message ?? body.slice(0, 120)}` };
}

async function reportCount(server: BenchServer, cookie: string): Promise<number> {
  const response = await fetch(`${server.baseUrl}/api/projects/${SLUG}`, { headers: { Cookie: cookie } });
  const data = (await response.json()) as { reports: { summary: string }[] };
  return data.reports.filter((r) => r.summary.startsWith(MARKER)).length;
}

export const addReportAction: Measurement<DataFolder> = {
  key: "editors",
  title: `Adding a progress report through its server action (embedded database): 1 editor alone, then ${EDITORS} at once, ${REPORTS_EACH} each`,
  async run({ env }) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bridgewatch-bench-reports-"));
    try {
      const sourceId = await prepare(dataDir);
      const server = await startServer({ dataDir, env: { ADMIN_EMAIL: BENCH_ADMIN.email, ADMIN_PASSWORD: BENCH_ADMIN.password, ...env } });
      try {
        const actionId = actionNamed("createProgressReport").id;
        const cookies: string[] = [];
        for (let i = 0; i < EDITORS; i++) {
          const session = { ...server, headers: {} as Record<string, string> };
          await signIn(session, editorAccount(i));
          cookies.push(session.headers.cookie!);
        }
        let n = 0;
        const failures: string[] = [];
        const series = async (cookie: string, count: number) => {
          const samples: number[] = [];
          for (let i = 0; i < count; i++) {
            const call = await addReport(server, cookie, actionId, sourceId, ++n);
            if (call.ok) samples.push(call.ms);
            else failures.push(call.detail);
          }
          return samples;
        };
        await Promise.all(cookies.map((cookie) => series(cookie, WARM_UP_EACH)));
        const alone = await series(cookies[0]!, ALONE);
        const started = performance.now();
        const samples = (await Promise.all(cookies.map((cookie) => series(cookie, REPORTS_EACH)))).flat();
        const seconds = (performance.now() - started) / 1000;
        const expected = EDITORS * WARM_UP_EACH + ALONE + EDITORS * REPORTS_EACH;
        const persisted = await reportCount(server, cookies[0]!);

        if (samples.length === 0 || alone.length === 0) throw new Error(`No report was added: ${failures.slice(0, 3).join("; ")}`);
        const one = summarize(alone);
        report(`1 editor alone (${ALONE} in a row): p50`, ms(one.p50));
        report("1 editor alone: p95", ms(one.p95));
        const { p50, p95, p99, max } = summarize(samples);
        report(`${EDITORS} editors at once: p50`, ms(p50));
        report(`${EDITORS} editors at once: p95`, ms(p95), { met: p95 <= GOAL_P95_MS, text: `≤ ${GOAL_P95_MS} ms` });
        report(`${EDITORS} editors at once: p99`, ms(p99));
        report(`${EDITORS} editors at once: max`, ms(max));
        report("reports added per second", (samples.length / seconds).toFixed(1));
        report("calls refused or failed", String(failures.length), { met: failures.length === 0, text: "none" });
        if (failures.length > 0) console.log(`    first failure: ${failures[0]}`);
        report("reports persisted", `${persisted} of ${expected}`, { met: persisted === expected, text: "all" });
      } finally {
        await server.stop();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
