import "server-only";
import { sql } from "drizzle-orm";
import { getConnection } from "../client";
import { connectionOptionsFromEnv, type Connection } from "../connection";

export interface HealthData {
  ok: boolean;
  database: { kind: Connection["kind"]; ok: boolean; latencyMs: number; error?: string };
}

/**
 * Whether the database answers `select 1`, and how fast. Never throws: a failure to open or to
 * answer is reported. Pass a connection to check that one instead of the process's own.
 */
export async function getHealth({ connection }: { connection?: Pick<Connection, "db" | "kind"> } = {}): Promise<HealthData> {
  let started = performance.now();
  const latencyMs = () => Math.round((performance.now() - started) * 10) / 10;
  let kind: Connection["kind"] = connectionOptionsFromEnv().databaseUrl ? "postgres" : "pglite";
  try {
    const target = connection ?? (await getConnection());
    kind = target.kind;
    // Time the query alone, not a first open that migrates and seeds.
    started = performance.now();
    await target.db.execute(sql`select 1`);
    return { ok: true, database: { kind, ok: true, latencyMs: latencyMs() } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, database: { kind, ok: false, latencyMs: latencyMs(), error: message } };
  }
}
