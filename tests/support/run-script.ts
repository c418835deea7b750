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

export interface RunningWriter {
  pid: number;
  /** The synthetic project the writer made, once it has made it. */
  project: Promise<string>;
  /** Resolves with the ids acknowledged so far once at least `count` are. */
  acknowledged(count: number): Promise<string[]>;
  /** Kills the writer at once, writes in flight, and resolves with every id it acknowledged. */
  crash(): Promise<string[]>;
}

/**
 * Starts tests/support/durable-writer.ts on the database the environment names (DATA_DIR or
 * DATABASE_URL only, nothing from the outer environment).
 */
export function startDurableWriter(env: { DATA_DIR?: string; DATABASE_URL?: string }): RunningWriter {
  const outer = { ...process.env };
  delete outer.DATABASE_URL;
  delete outer.DATA_DIR;
  // Node itself with tsx's loader, not the tsx command: that runs the script in a child of its
  // own, which a SIGKILL to the command would leave running.
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/durable-writer.ts"], {
    cwd: ROOT,
    env: { ...outer, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const ids: string[] = [];
  let project: string | null = null;
  let stderr = "";
  let partial = "";
  const waiting = new Set<() => void>();
  // "close", not "exit": the lines already in the pipe when it dies are read first.
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on("data", (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split("\n");
    partial = lines.pop()!;
    for (const line of lines) {
      if (project === null) project = (JSON.parse(line) as { project: string }).project;
      else ids.push(line);
    }
    for (const check of waiting) check();
  });
  const until = <T>(ready: () => T | null) =>
    new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = ready();
        if (value === null) return;
        waiting.delete(check);
        resolve(value);
      };
      waiting.add(check);
      void exited.then(() => reject(new Error(`the writer exited with ${child.exitCode ?? child.signalCode}: ${stderr}`)));
      check();
    });
  return {
    pid: child.pid!,
    project: until(() => project),
    acknowledged: (count) => until(() => (ids.length >= count ? [...ids] : null)),
    async crash() {
      child.kill("SIGKILL");
      await exited;
      return [...ids];
    },
  };
}
