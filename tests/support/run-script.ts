import { execFile, spawn } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

export interface ScriptResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the db scripts (`migrate`, `seed`) the way `npm run db:<name>` does, with only the
 * given database settings: DATABASE_URL and DATA_DIR from the outer environment never leak in.
 */
export function runDbScript(name: "migrate" | "seed", env: { DATA_DIR?: string; DATABASE_URL?: string }) {
  const outer = { ...process.env };
  delete outer.DATABASE_URL;
  delete outer.DATA_DIR;
  return new Promise<ScriptResult>((resolve) => {
    execFile(
      TSX,
      ["--conditions=react-server", `db/bin/${name}.ts`],
      { cwd: ROOT, env: { ...outer, ...env }, timeout: 90_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/**
 * Runs `npm run cli -- <args>` with only the given database settings, `stdin` piped in and
 * closed (an empty one by default): never a terminal, as in a script.
 */
export function runCli(args: string[], env: { DATA_DIR?: string; DATABASE_URL?: string }, { stdin = "" }: { stdin?: string } = {}) {
  const outer = { ...process.env };
  delete outer.DATABASE_URL;
  delete outer.DATA_DIR;
  return new Promise<ScriptResult>((resolve) => {
    const child = execFile(
      TSX,
      ["--conditions=react-server", "db/bin/cli.ts", ...args],
      { cwd: ROOT, env: { ...outer, ...env }, timeout: 90_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(stdin);
  });
}

export interface FolderHolder {
  pid: number;
  /** Closes the database in the child and waits for it to exit. */
  release(): Promise<void>;
  /** Kills the child at once, as a crash would, leaving its lock file behind. */
  crash(): Promise<void>;
}

/** Starts another process that opens the PGlite folder and keeps it open. */
export function holdDataFolder(folder: string): Promise<FolderHolder> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/hold-data-folder.ts", folder], {
    cwd: ROOT,
    stdio: ["pipe", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let output = "";
  return new Promise((resolve, reject) => {
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`holder exited with ${code} before holding ${folder}: ${output}`)));
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const line = /^\{.*\}$/m.exec(output);
      if (!line) return;
      const { pid } = JSON.parse(line[0]) as { pid: number };
      resolve({
        pid,
        release: () => {
          child.stdin.end();
          return exited;
        },
        crash: () => {
          child.kill("SIGKILL");
          return exited;
        },
      });
    });
  });
}

export interface StartingApp {
  /** Resolves once the process has loaded its modules and waits for the word. */
  ready: Promise<void>;
  /** Lets it open the database. */
  go(): void;
  exited: Promise<ScriptResult>;
}

/**
 * Starts a process that opens the database the way an app server does at start
 * (tests/support/start-app-database.ts), with only the given database settings.
 */
export function startAppDatabase(env: Record<string, string>): StartingApp {
  const outer = { ...process.env };
  delete outer.DATABASE_URL;
  delete outer.DATA_DIR;
  const child = spawn(TSX, ["--conditions=react-server", "tests/support/start-app-database.ts"], {
    cwd: ROOT,
    env: { ...outer, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.startsWith("ready\n")) resolve();
    });
    child.once("exit", () => reject(new Error(`exited before it was ready: ${stderr}`)));
  });
  const exited = new Promise<ScriptResult>((resolve) => {
    child.once("exit", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
  return { ready, go: () => child.stdin.end("go\n"), exited };
}
