/*
 * Where the time of one add-report goes, phase by phase, without the web server: the session
 * lookup (better-auth's, and ours that remembers it), the input check, the project lookup and the
 * write (its transaction, source check, insert, audit entry and project version), each timed on
 * its own over many calls on a throwaway embedded database, one call at a time.
 * `npx tsx --conditions=react-server tests/bench/add-report-phases.ts`
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { createAuth } from "../../db/auth/auth";
import { SessionCache } from "../../db/auth/session-cache";
import { openConnection } from "../../db/connection";
import { createProgressReport } from "../../db/mutations/records/progress-reports";
import { createSource } from "../../db/mutations/records/sources";
import { createUser } from "../../db/mutations/users";
import { findProjectBySlug } from "../../db/queries/projects";
import { RECORD_TYPES } from "../../db/records";
import { seedIfEmpty } from "../../db/seed";
import { summarize } from "./stats";

const SLUG = "tumen-road-bridge";
const CALLS = Number(process.env.PHASE_CALLS || 300);
const account = { email: "phases-editor@bridgewatch.test", password: "phases-editor-password-1" };

/** Wall time (p50, p95) and this process's CPU time per call: the CPU hardly depends on a busy machine. */
async function timed(label: string, run: (i: number) => Promise<unknown> | unknown) {
  for (let i = 0; i < 20; i++) await run(i);
  const samples: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < CALLS; i++) {
    const started = performance.now();
    await run(i);
    samples.push(performance.now() - started);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000 / CALLS;
  const { p50, p95 } = summarize(samples);
  const ms = (v: number) => `${v.toFixed(2).padStart(6)} ms`;
  console.log(`  ${label.padEnd(52)} p50 ${ms(p50)}   p95 ${ms(p95)}   CPU ${ms(cpuMs)}`);
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bridgewatch-bench-phases-"));
  process.env.BETTER_AUTH_SECRET ||= "phases-secret-phases-secret-phases-secret";
  const connection = await openConnection({ dataDir });
  try {
    const db = connection.db;
    await connection.migrate();
    await seedIfEmpty(db);
    const editor = await createUser(db, { ...account, role: "editor", actor: "system" });
    const project = (await findProjectBySlug(db, { slug: SLUG }))!;
    const source = await createSource(db, {
      project,
      actor: "system",
      input: RECORD_TYPES.source.schemas.create.parse({ projectSlug: SLUG, outlet: "Phases", title: "Synthetic source", published: "2026-11-01", kind: "other" }),
    });
    const auth = createAuth(db);
    const signedIn = await auth.api.signInCredentials({ body: account, headers: new Headers(), returnHeaders: true });
    const cookie = signedIn.headers.getSetCookie().map((c) => c.split(";")[0]!).find((c) => c.includes("session_token="))!;
    const headers = new Headers({ cookie });
    const raw = (i: number) => ({
      projectSlug: SLUG,
      observed: "2024-01",
      publishedOn: "2026-11-02",
      percent: String(i % 100),
      summary: `Synthetic phases report ${i}`,
      sourceId: source.id,
      evidenceKind: "other",
      confidence: "low",
    });
    const actor = { id: editor.id, email: editor.email };

    console.log(`Phases of one add-report on the embedded database, ${CALLS} calls each`);
    await timed("one query (select 1)", () => db.execute(sql`select 1`));
    await timed("session: auth.api.getSession", () => auth.api.getSession({ headers }));
    // As db/session.ts asks it (next/navigation does not load outside Next).
    const sessions = new SessionCache<unknown>();
    const token = cookie.slice(cookie.indexOf("=") + 1);
    await timed("session: the same, remembered ≤ 1 s", () =>
      sessions.lookup(token, async () => {
        const found = await auth.api.getSession({ headers });
        return found && { user: found.user, userId: found.user.id, expiresAt: found.session.expiresAt };
      }),
    );
    await timed("parse: the type's zod schema", (i) => RECORD_TYPES.progressReport.schemas.create.parse(raw(i)));
    await timed("project: findProjectBySlug", () => findProjectBySlug(db, { slug: SLUG }));
    await timed("an empty transaction", () => db.transaction(async () => undefined));
    await timed("write: createProgressReport (all of it)", (i) =>
      createProgressReport(db, { project, actor, input: RECORD_TYPES.progressReport.schemas.create.parse(raw(i)) }),
    );
  } finally {
    await connection.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
