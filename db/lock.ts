import fs from "node:fs";
import path from "node:path";

/**
 * PGlite takes no lock on its folder and two processes on one folder corrupt it, so the
 * process that opens the embedded database holds a lock file naming itself.
 */
export class DatabaseLockedError extends Error {
  constructor(
    readonly folder: string,
    readonly holderPid: number,
    readonly holderCommand: string,
  ) {
    super(
      `The data folder ${folder} is in use by process ${holderPid} (${holderCommand}). ` +
        `Only one process can open the embedded database: stop that process first, ` +
        `or set DATA_DIR to another folder, or use DATABASE_URL for a PostgreSQL server.`,
    );
    this.name = "DatabaseLockedError";
  }
}

interface LockContent {
  pid: number;
  command: string;
  startedAt: string;
}

const LOCK_NAME = "bridgewatch.lock";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(file: string): LockContent | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LockContent;
  } catch {
    return null;
  }
}

/** Takes the folder's lock for this process, or throws DatabaseLockedError. Returns the release function. */
export function acquireFolderLock(folder: string): () => void {
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, LOCK_NAME);
  const mine: LockContent = {
    pid: process.pid,
    command: process.argv.slice(1, 3).map((a) => path.basename(a)).join(" ") || "node",
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(mine), { flag: "wx" });
      return () => releaseFolderLock(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readLock(file);
      if (holder && holder.pid === process.pid) return () => releaseFolderLock(file);
      if (holder && isAlive(holder.pid)) throw new DatabaseLockedError(folder, holder.pid, holder.command);
      // A lock left by a process that died: take it over.
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not take the lock file ${file}`);
}

function releaseFolderLock(file: string) {
  const holder = readLock(file);
  if (holder?.pid === process.pid) fs.rmSync(file, { force: true });
}
