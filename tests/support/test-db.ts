/*
 * A fresh, migrated database per test file, on each backend the app supports: PGlite in a new
 * temp folder (a copy of a cached migrated folder unless asked for a fresh one), and a new
 * database on the throwaway PostgreSQL server of the global setup.
 * Suites run against both with `describe.each(backends)`.
 */
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { SQL } from "drizzle-orm";
import { inject } from "vitest";
import { MIGRATIONS_FOLDER, openConnection, type Connection, type Db } from "@/db/connection";

export interface TestDatabase {
  connection: Connection;
  db: Db;
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * PGlite only: start from a new empty folder instead of a copy of the cached migrated one.
   * Creating a PGlite folder runs initdb in WebAssembly, which takes seconds.
   */
  fresh?: boolean;
}

export interface Backend {
  name: Connection["kind"];
  open(options?: OpenOptions): Promise<TestDatabase>;
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "bw-pglite-"));
}

const CACHE_DIR = path.resolve("node_modules", ".cache", "bridgewatch-tests");

/** Changes whenever a migration or the PGlite version does, so a stale template is never used. */
function templateKey(): string {
  const hash = createHash("sha256");
  hash.update(JSON.parse(fs.readFileSync(path.resolve("node_modules/@electric-sql/pglite/package.json"), "utf8")).version);
  for (const file of fs.readdirSync(MIGRATIONS_FOLDER, { recursive: true, encoding: "utf8" }).sort()) {
    const full = path.join(MIGRATIONS_FOLDER, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
  return hash.digest("hex").slice(0, 16);
}

/** A migrated, empty PGlite folder, built once and kept across runs; test files copy it. */
async function pgliteTemplate(): Promise<string> {
  const template = path.join(CACHE_DIR, `pglite-${templateKey()}`);
  if (fs.existsSync(template)) return template;
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const building = fs.mkdtempSync(path.join(CACHE_DIR, "building-"));
  try {
    const connection = await openConnection({ dataDir: building });
    await connection.migrate();
    await connection.close();
    // The rename publishes the folder whole; if another run published first, keep theirs.
    fs.renameSync(building, template);
  } catch (error) {
    fs.rmSync(building, { recursive: true, force: true });
    if (!fs.existsSync(template)) throw error;
  }
  return template;
}

/** A new folder holding a migrated, empty PGlite database, closed and unlocked. */
export async function migratedDataDir(): Promise<string> {
  const dataDir = tempDataDir();
  fs.cpSync(await pgliteTemplate(), dataDir, { recursive: true });
  return dataDir;
}

async function openPglite({ fresh = false }: OpenOptions = {}): Promise<TestDatabase> {
  const dataDir = fresh ? tempDataDir() : await migratedDataDir();
  const connection = await openConnection({ dataDir });
  await connection.migrate();
  return {
    connection,
    db: connection.db,
    async close() {
      await connection.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function onServer(query: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject("postgresUrl") });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

/** An empty database on the test server; `drop` removes it even while connections remain. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `bw_test_${randomBytes(6).toString("hex")}`;
  await onServer(`create database ${name}`);
  const url = new URL(inject("postgresUrl"));
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(`drop database if exists ${name} with (force)`) };
}

async function openPostgres(): Promise<TestDatabase> {
  const database = await createPostgresDatabase();
  const connection = await openConnection({ databaseUrl: database.url });
  await connection.migrate();
  return {
    connection,
    db: connection.db,
    async close() {
      await connection.close();
      await database.drop();
    },
  };
}

export const backends: Backend[] = [
  { name: "pglite", open: openPglite },
  { name: "postgres", open: openPostgres },
];

/** Raw rows of a query: both drivers answer `execute` with an object holding `rows`. */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** The message of an error and of every error it wraps (drizzle wraps the driver's error). */
export function messagesOf(error: unknown): string {
  const parts: string[] = [];
  for (let e = error; e instanceof Error; e = e.cause) parts.push(e.message);
  return parts.join(" <- ");
}
