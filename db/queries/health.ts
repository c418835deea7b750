import "server-only";
import { sql } from "drizzle-orm";
import { connectionOptionsFromEnv, type Connection } from "../connection";

export interface HealthData {
  ok: boolean;
  database: { kind: Connection["kind"]; ok: boolean; latencyMs: number; error?: string };
}

type Checked = Pick<Connection, "db" | "kind">;

/**
 * Whether the database answers `select 1`, and how fast. Never throws: a failure to open (the
 * connection given as the promise of one, such as the process's `getConnection()`) or to answer
 * is reported.
 */
export async function getHealth({ connection }: { connection: Checked | Promise<Checked> }): Promise<HealthData> {
  let started = performance.now();
  const latencyMs = () => Math.round((performance.now() - started) * 10) / 10;
  let kind: Connection["kind"] = connectionOptionsFromEnv().databaseUrl ? "postgres" : "pglite";
  try {
    const target = await connection;
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
