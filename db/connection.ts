import path from "node:path";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";
import { acquireFolderLock } from "./lock";

export type Schema = typeof schema;
/** The drizzle database, whichever driver is behind it. Transactions share this shape. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface Connection {
  db: Db;
  kind: "pglite" | "postgres";
  /** Where the data lives: the folder for PGlite, the server (without credentials) for PostgreSQL. */
  location: string;
  /** Applies the migrations, under the start-up lock. */
  migrate(): Promise<void>;
  /**
   * Runs `work` while no other process runs its own start-up work on this database, so that app
   * servers started together take turns at migrating, seeding and making the first admin.
   */
  withStartupLock<T>(work: (locked: LockedDatabase) => Promise<T>): Promise<T>;
  /** PGlite only: the whole database as a gzipped tarball of its folder, for `loadDataDir`. */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
}

/** What start-up work gets under the lock: the database on the lock's own connection, and the migrations. */
export interface LockedDatabase {
  db: Db;
  migrate(): Promise<void>;
}

export interface ConnectionOptions {
  databaseUrl?: string;
  dataDir?: string;
  /** PGlite only: a tarball from `dumpDataDir` that a new folder starts from, instead of an empty database. */
  loadDataDir?: Blob;
}

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** Reads the configuration from the environment: DATABASE_URL wins, else PGlite in DATA_DIR (default ./data). */
export function connectionOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): ConnectionOptions {
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL };
  return { dataDir: path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR || "data") };
}

export async function openConnection(options: ConnectionOptions): Promise<Connection> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir ?? path.resolve("data"), options.loadDataDir);
}

/** Where PGlite keeps its files inside the data folder (beside the lock file and the session key). */
export const pgliteFolder = (dataDir: string) => path.join(dataDir, "pglite");

/*
 * PGlite runs PostgreSQL inside this process, with PostgreSQL's default of 128 MB of shared
 * buffers: most of it ends up resident, the largest part of the server's memory. A project's
 * record is a few megabytes (the 10,000-report benchmark project tens), and the operating
 * system caches the files beneath, so 16 MB holds every hot page: about 110 MB given back
 * against the default, 35 MB against 32 MB, with the bench's throughput and its 10,000-report
 * project's import and dashboard as fast as before (4 Dec 2026).
 */
const PGLITE_SETTINGS = ["-c", "shared_buffers=16MB"];

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Connection> {
  const release = acquireFolderLock(dataDir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    const client = await PGlite.create(pgliteFolder(dataDir), {
      startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS],
      loadDataDir,
    });
    const db = drizzle(client, { schema });
    const locked: LockedDatabase = { db: db as unknown as Db, migrate: () => migrate(db, { migrationsFolder: MIGRATIONS_FOLDER }) };
    return {
      db: locked.db,
      kind: "pglite",
      location: dataDir,
      // One process owns the folder (the lock above): nobody else can be starting on it.
      migrate: locked.migrate,
      withStartupLock: (work) => work(locked),
      async dumpDataDir() {
        // A checkpoint first writes every changed page to the files: the copy starts without replaying the log.
        await client.exec("checkpoint");
        return client.dumpDataDir("gzip");
      },
      async close() {
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Any fixed 64-bit key: app servers starting together on one database take turns on it. */
const STARTUP_LOCK_KEY = 7_246_118_301;

async function openPostgres(url: string): Promise<Connection> {
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const pool = new Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE || 10) });
  // An idle connection the server closes (restart, failover, admin) must not crash the process; the pool replaces it.
  pool.on("error", (error) => console.error("PostgreSQL connection lost; the pool will reconnect:", error.message));
  const probe = await pool.connect();
  probe.release();

  /*
   * The advisory lock belongs to one session, so the work runs on the connection that holds it:
   * through the pool it could wait for a connection the lock keeps busy (a pool of one).
   */
  async function withStartupLock<T>(work: (locked: LockedDatabase) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let broken = false;
    try {
      await client.query("select pg_advisory_lock($1)", [STARTUP_LOCK_KEY]);
      const db = drizzle(client, { schema });
      return await work({ db: db as unknown as Db, migrate: () => migrate(db, { migrationsFolder: MIGRATIONS_FOLDER }) });
    } finally {
      // A connection that cannot unlock is closed instead: the server drops its locks with it.
      await client.query("select pg_advisory_unlock($1)", [STARTUP_LOCK_KEY]).catch(() => (broken = true));
      client.release(broken);
    }
  }

  return {
    db: drizzle(pool, { schema }) as unknown as Db,
    kind: "postgres",
    location: redact(url),
    migrate: () => withStartupLock((locked) => locked.migrate()),
    withStartupLock,
    close: () => pool.end(),
  };
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = "";
    parsed.username = "";
    return parsed.toString();
  } catch {
    return "postgres";
  }
}
