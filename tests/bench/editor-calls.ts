/*
 * Synthetic editors calling server actions the way the dashboard's forms do: the accounts and the
 * source their reports cite, written into the database before the server starts (an embedded
 * folder allows one process), the way `npm run cli -- user add` does; then raw POSTs with the
 * action id from the build and the editor's session cookie.
 */
import { eq } from "drizzle-orm";
import { openConnection } from "../../db/connection";
import { createSource } from "../../db/mutations/records/sources";
import { createUser } from "../../db/mutations/users";
import { RECORD_TYPES } from "../../db/records";
import { projects, type UserRole } from "../../db/schema";
import { seedIfEmpty } from "../../db/seed";
import { actionResultOf, encodeArgs } from "../e2e/support/action-call";
import { BENCH_SLUG, type Where } from "./bench-db";
import { DASHBOARD_PATH, type BenchServer } from "./server";
import { signIn } from "./session";

export interface Account {
  email: string;
  password: string;
}

export const editorAccount = (i: number): Account => ({ email: `bench-editor-${i}@bridgewatch.test`, password: `bench-editor-password-${i}` });

/** Migrates and seeds the database, adds the accounts, and returns the id of a source to cite. */
export async function prepareAccounts(where: Where, accounts: (Account & { role: UserRole })[]): Promise<string> {
  const connection = await openConnection(where);
  try {
    await connection.migrate();
    await seedIfEmpty(connection.db);
    const [project] = await connection.db.select({ id: projects.id }).from(projects).where(eq(projects.slug, BENCH_SLUG));
    if (!project) throw new Error(`No project ${BENCH_SLUG} in ${connection.location}`);
    for (const account of accounts) await createUser(connection.db, { ...account, actor: "system" });
    const input = RECORD_TYPES.source.schemas.create.parse({
      projectSlug: BENCH_SLUG,
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

/** The session cookie of each account, signed in on this server. */
export async function sessionCookies(server: BenchServer, accounts: Account[]): Promise<string[]> {
  const cookies: string[] = [];
  for (const account of accounts) {
    const session = { ...server, headers: {} as Record<string, string> };
    await signIn(session, account);
    cookies.push(session.headers.cookie!);
  }
  return cookies;
}

export interface Call {
  ms: number;
  status: number;
  ok: boolean;
  /** What the action answered with when it said ok: the saved record, for a save. */
  data: unknown;
  bytes: number;
  detail: string;
}

/** One action call as the editor: its latency, the size of the answer, and whether the action said ok. */
export async function callAction(server: BenchServer, cookie: string, actionId: string, input: unknown): Promise<Call> {
  const started = performance.now();
  const response = await fetch(server.baseUrl + DASHBOARD_PATH, {
    method: "POST",
    headers: { "Next-Action": actionId, Origin: server.baseUrl, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Cookie: cookie },
    body: encodeArgs([input]).json,
  });
  const body = await response.text();
  const elapsed = performance.now() - started;
  const result = actionResultOf(body) as { ok?: boolean; message?: string; data?: unknown } | undefined;
  const ok = response.status === 200 && result?.ok === true;
  return { ms: elapsed, status: response.status, ok, data: ok ? result.data : undefined, bytes: Buffer.byteLength(body), detail: `${response.status} ${result?.message ?? body.slice(0, 120)}` };
}

/** The input of one synthetic progress report, numbered by `n`, with `marker` leading its summary. */
export const reportInput = (sourceId: string, n: number, marker: string) => ({
  projectSlug: BENCH_SLUG,
  observed: "2024-01",
  publishedOn: "2026-11-02",
  percent: String(n % 100),
  summary: `${marker} ${n}`,
  sourceId,
  evidenceKind: "other",
  confidence: "low",
});
