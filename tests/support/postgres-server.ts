/*
 * A throwaway PostgreSQL 15 server for the integration tests: its own folder, trust auth,
 * 127.0.0.1 on a free port, sockets in the folder, gone after stop().
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

const BIN_DIR = process.env.POSTGRES_BIN_DIR ?? "/usr/lib/postgresql/15/bin";
const SERVER_USER = "postgres";

export interface PostgresServer {
  /** Connection URL of the `postgres` database as the `postgres` superuser. */
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// initdb refuses to run as root, so as root every server command runs as the postgres user.
const asServerUser = process.getuid?.() === 0;

async function pg(binary: string, args: string[]): Promise<void> {
  const file = path.join(BIN_DIR, binary);
  const [command, commandArgs] = asServerUser
    ? ["runuser", ["-u", SERVER_USER, "--", file, ...args]]
    : [file, args];
  try {
    await run(command, commandArgs, { timeout: 60_000 });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`${binary} ${args.join(" ")} failed: ${stderr || stdout || String(error)}`);
  }
}

async function chownToServerUser(dir: string): Promise<void> {
  const { stdout: uid } = await run("id", ["-u", SERVER_USER]);
  const { stdout: gid } = await run("id", ["-g", SERVER_USER]);
  fs.chownSync(dir, Number(uid.trim()), Number(gid.trim()));
}

/** `port` is one to listen on; by default any free one. */
export async function startPostgresServer({ port: chosen }: { port?: number } = {}): Promise<PostgresServer> {
  for (const binary of ["initdb", "pg_ctl", "postgres"]) {
    if (!fs.existsSync(path.join(BIN_DIR, binary))) {
      throw new Error(
        `PostgreSQL server binaries not found: ${path.join(BIN_DIR, binary)} is missing. ` +
          `Install PostgreSQL 15 (e.g. apt-get install postgresql-15) or set POSTGRES_BIN_DIR.`,
      );
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bw-postgres-"));
  const dataDir = path.join(dir, "data");
  const logFile = path.join(dir, "server.log");
  try {
    if (asServerUser) await chownToServerUser(dir);
    await pg("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"]);
    const port = chosen ?? (await freePort());
    const options = [
      "-c listen_addresses=127.0.0.1",
      `-c port=${port}`,
      `-c unix_socket_directories=${dir}`,
      // A test server: durability buys nothing and costs seconds.
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
    ].join(" ");
    await pg("pg_ctl", ["-D", dataDir, "-l", logFile, "-o", options, "-w", "-t", "60", "start"]);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      async stop() {
        try {
          await pg("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]);
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : "";
    fs.rmSync(dir, { recursive: true, force: true });
    throw log ? new Error(`${(error as Error).message}\nServer log:\n${log}`) : error;
  }
}
