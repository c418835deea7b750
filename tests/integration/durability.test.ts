/*
 * A writer process killed with SIGKILL while its writes are in flight loses none it acknowledged:
 * each id it printed (after its transaction committed) is in the database opened again, with
 * its audit entry, and no report is there without one. On PGlite the reopen takes over the lock
 * the killed process left and replays the folder's WAL; on PostgreSQL the server rolls back what
 * the dead connection had not committed.
 */
import fs from "node:fs";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openConnection, type ConnectionOptions } from "@/db/connection";
import { RECORD_TYPES } from "@/db/records";
import { auditEntries, progressReports } from "@/db/schema";
import { startDurableWriter } from "../support/run-script";
import { createPostgresDatabase, migratedDataDir } from "../support/test-db";

const ACKNOWLEDGED = 100;
const ENTITY = RECORD_TYPES.progressReport.entity;

interface Target {
  name: string;
  /** A closed database for the writer, its settings for this process, and how to remove it. */
  make(): Promise<{ env: { DATA_DIR?: string; DATABASE_URL?: string }; options: ConnectionOptions; remove(): Promise<void> }>;
}

const targets: Target[] = [
  {
    name: "pglite",
    async make() {
      const dataDir = await migratedDataDir();
      return { env: { DATA_DIR: dataDir }, options: { dataDir }, remove: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
    },
  },
  {
    name: "postgres",
    async make() {
      const database = await createPostgresDatabase();
      return { env: { DATABASE_URL: database.url }, options: { databaseUrl: database.url }, remove: database.drop };
    },
  },
];

const lockHolder = (folder: string) => (JSON.parse(fs.readFileSync(path.join(folder, "bridgewatch.lock"), "utf8")) as { pid: number }).pid;

describe.each(targets)("a writer killed mid-write on $name", (target) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it(`keeps every acknowledged write of ${ACKNOWLEDGED} and more, each with its audit entry`, { timeout: 60_000 }, async () => {
    const database = await target.make();
    cleanups.push(database.remove);
    const writer = startDurableWriter(database.env);
    const projectId = await writer.project;
    await writer.acknowledged(ACKNOWLEDGED);
    const acknowledged = await writer.crash();
    expect(acknowledged.length).toBeGreaterThanOrEqual(ACKNOWLEDGED);
    if (database.options.dataDir) expect(lockHolder(database.options.dataDir)).toBe(writer.pid);

    const connection = await openConnection(database.options);
    cleanups.push(() => connection.close());
    const { db } = connection;
    if (database.options.dataDir) expect(lockHolder(database.options.dataDir)).toBe(process.pid);

    const present = await db.select({ id: progressReports.id }).from(progressReports).where(inArray(progressReports.id, acknowledged));
    const audited = await db
      .select({ id: auditEntries.entityId })
      .from(auditEntries)
      .where(and(eq(auditEntries.entity, ENTITY), eq(auditEntries.action, "create"), inArray(auditEntries.entityId, acknowledged)));
    const missing = (found: { id: string }[]) => acknowledged.filter((id) => !found.some((row) => row.id === id));
    expect(missing(present)).toEqual([]);
    expect(missing(audited)).toEqual([]);

    // Writes committed but not yet acknowledged may be there too, but only whole: row and entry.
    const reports = await db.select({ id: progressReports.id }).from(progressReports).where(eq(progressReports.projectId, projectId));
    const entries = await db
      .select({ id: auditEntries.entityId })
      .from(auditEntries)
      .where(and(eq(auditEntries.projectId, projectId), eq(auditEntries.entity, ENTITY), eq(auditEntries.action, "create")));
    expect(entries.map((e) => e.id).sort()).toEqual(reports.map((r) => r.id).sort());
    expect(reports.length).toBeGreaterThanOrEqual(acknowledged.length);
  });
});
