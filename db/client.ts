import "server-only";
import { bootstrap } from "./bootstrap";
import { connectionOptionsFromEnv, openConnection, type Connection } from "./connection";

/*
 * One database per process, opened on first use and never at import time: `next build`
 * and `next dev` start worker processes that import these modules, and PGlite allows one
 * process per folder. The promise lives on globalThis so hot reloads in development reuse it.
 */
const globalForDb = globalThis as unknown as { bridgewatchDb?: Promise<Connection> };

export function getConnection(): Promise<Connection> {
  globalForDb.bridgewatchDb ??= start().catch((error) => {
    globalForDb.bridgewatchDb = undefined;
    throw error;
  });
  return globalForDb.bridgewatchDb;
}

/**
 * For the server's start (instrumentation.ts): open the database now, without holding the start
 * up; a database that cannot be opened stops the process with the reason.
 */
export function openAtServerStart(): void {
  const started = performance.now();
  getConnection().then(
    (connection) => {
      const { openMs, bootstrapMs } = startTimes;
      const ms = (t: number) => `${Math.round(t)} ms`;
      // What a restart spends where: opening (PGlite starting PostgreSQL), then migrations, seed and admin.
      console.log(
        `Database ready (${connection.kind}, ${connection.location}) in ${ms(performance.now() - started)}: open ${ms(openMs)}, migrations and bootstrap ${ms(bootstrapMs)}`,
      );
    },
    (error: unknown) => {
      console.error(`Cannot open the database: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}

export async function getDb() {
  return (await getConnection()).db;
}

/** How long this process's start took to open the database and to bootstrap it, for the log. */
const startTimes = { openMs: 0, bootstrapMs: 0 };

async function start(): Promise<Connection> {
  const opening = performance.now();
  const connection = await openConnection(connectionOptionsFromEnv());
  const bootstrapping = performance.now();
  startTimes.openMs = bootstrapping - opening;
  try {
    await bootstrap(connection);
    startTimes.bootstrapMs = performance.now() - bootstrapping;
  } catch (error) {
    await connection.close().catch(() => undefined);
    throw error;
  }
  closeOnSignals(connection);
  return connection;
}

/*
 * The start scripts set NEXT_MANUAL_SIG_HANDLE so that Next leaves the signals to us: the
 * database is closed (and its folder unlocked) before the process exits.
 */
function closeOnSignals(connection: Connection) {
  let closing = false;
  const close = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    // Work kept in memory (share-link view counts, db/share/resolve.ts) is written before the database closes.
    const tasks = [...((globalThis as { bridgewatchBeforeClose?: Set<() => Promise<void>> }).bridgewatchBeforeClose ?? [])];
    Promise.allSettled(tasks.map((task) => task()))
      .then(() => connection.close())
      .finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  // `on`, not `once`: a terminal signals the whole process group, so the signal can come twice.
  process.on("SIGTERM", close);
  process.on("SIGINT", close);
}
