/*
 * The same figures on a real PostgreSQL 15 server, started here (tests/support/postgres-server:
 * its own folder, 127.0.0.1, fsync off, as for the integration tests), then two app servers
 * side by side on that one database: their combined shared-view throughput, how soon an edit
 * made through the database shows on both, and how soon a revoked link stops on both.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startPostgresServer } from "../support/postgres-server";
import { createBenchLink, renameBenchProject, revokeBenchLink } from "./bench-db";
import { load } from "./load";
import { freePort, startServer, type BenchServer, type DataFolder, type Measurement } from "./server";
import { BENCH_ADMIN, signIn } from "./session";
import { figure } from "./stats";
import { measureThroughput } from "./throughput";

const REVOKE_GOAL_MS = 1000;
const EDIT_GOAL_MS = 30_000;
const POLL_MS = 20;

/** Milliseconds until `done` holds for a GET of `pathname` on every server, polling each. */
async function timeUntil(servers: BenchServer[], pathname: string, done: (status: number, body: string) => boolean, limitMs: number): Promise<number[]> {
  const started = performance.now();
  return Promise.all(
    servers.map(async (server) => {
      while (performance.now() - started < limitMs * 3) {
        const response = await fetch(server.baseUrl + pathname);
        if (done(response.status, await response.text())) return performance.now() - started;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      return Infinity;
    }),
  );
}

export const postgresMode: Measurement<DataFolder> = {
  key: "postgres",
  title: "PostgreSQL 15, started by the bench: the same throughput figures, then two app servers on one database",
  async run({ env }) {
    const postgres = await startPostgresServer({ port: await freePort() });
    // Both servers read their auth secret from one folder, as two servers of one deployment share it.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bridgewatch-bench-pg-"));
    const pgEnv = { ...env, DATABASE_URL: postgres.url };
    const servers: BenchServer[] = [];
    try {
      const a = await startServer({ dataDir, env: pgEnv });
      servers.push(a);
      const link = await createBenchLink({ databaseUrl: postgres.url });
      const shared = `/s/${link.token}`;
      await signIn(a, BENCH_ADMIN);
      const one = await measureThroughput(a, link.token, "postgres");

      const b = await startServer({ dataDir, env: pgEnv });
      servers.push(b);
      for (const server of servers) for (let i = 0; i < 50; i++) await server.get(shared);
      const both = await Promise.all(servers.map((server) => load(server.baseUrl + shared)));
      const combined = both.reduce((sum, l) => sum + l.rps, 0);
      figure({
        key: "postgres.two-servers.shared.rps",
        label: "two app servers: shared view, combined",
        value: combined,
        unit: "req/s",
        ratio: { value: combined / one.sharedBotRps, of: "one server alone" },
      });
      figure({ key: "postgres.two-servers.shared.p99", label: "two app servers: worse p99", value: Math.max(...both.map((l) => l.p99)), unit: "ms" });

      const name = await renameBenchProject({ databaseUrl: postgres.url }, String(Date.now()));
      const edit = await timeUntil(servers, shared, (status, body) => status === 200 && body.includes(name), EDIT_GOAL_MS);
      const editMs = Math.max(...edit);
      figure({ key: "postgres.two-servers.edit", label: "an edit shows on both servers within", value: editMs, unit: "ms", goal: { met: editMs <= EDIT_GOAL_MS, text: `≤ ${EDIT_GOAL_MS / 1000} s` } });

      await revokeBenchLink({ databaseUrl: postgres.url }, link);
      const revoke = await timeUntil(servers, shared, (status) => status === 404, REVOKE_GOAL_MS);
      const revokeMs = Math.max(...revoke);
      figure({ key: "postgres.two-servers.revoke", label: "a revoked link stops on both within", value: revokeMs, unit: "ms", goal: { met: revokeMs <= REVOKE_GOAL_MS, text: `≤ ${REVOKE_GOAL_MS} ms` } });
    } finally {
      for (const server of servers) await server.stop();
      await postgres.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
