import fs from "node:fs";
import path from "node:path";
import { currentBootId, processStart, type ProcessStart } from "./process-start";

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

/** The holder's start identity is absent where /proc is not available, and in locks written before it was recorded. */
interface LockContent extends Partial<ProcessStart> {
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

/**
 * Whether the process the lock names still holds it. A live pid is not enough: pids are reused
 * (after a container restart the new server may get the old one's, or an unrelated process
 * does), so where the lock records when its holder started, that start must still match.
 */
function stillHeld(holder: LockContent): boolean {
  if (holder.bootId && holder.startTime) {
    const bootId = currentBootId();
    // Written before a reboot: every process of that boot is gone.
    if (bootId && bootId !== holder.bootId) return false;
    // Null where the pid is gone, or where /proc hides other users' processes: liveness decides.
    const now = processStart(holder.pid);
    if (now) return now.bootId === holder.bootId && now.startTime === holder.startTime;
  }
  return isAlive(holder.pid);
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

function parseLock(text: string | null): LockContent | null {
  try {
    return JSON.parse(text ?? "") as LockContent;
  } catch {
    return null;
  }
}

const readLock = (file: string) => parseLock(readText(file));

/** A lock file that names no one yet, created a moment ago: its writer is still writing it. */
function beingWritten(file: string): boolean {
  try {
    return Date.now() - fs.statSync(file).mtimeMs < 2_000;
  } catch {
    return false;
  }
}

/** A take-over is a few file operations: a guard older than this was left by a process that died in one. */
const TAKEOVER_STALE_MS = 10_000;
const RETRY_MS = 20;
const ATTEMPTS = 100;

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Removes a dead holder's lock, if it is still the one judged dead (`seen`). Two processes that
 * both found it dead must not both take the folder: without a guard, the second could remove the
 * lock the first had just written. So a take-over is made by the one process that creates the
 * guard file; the other waits and tries again. False when another take-over is under way.
 */
function removeDeadLock(file: string, seen: string | null): boolean {
  const guard = `${file}.takeover`;
  try {
    fs.writeFileSync(guard, String(process.pid), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    let age = 0;
    try {
      age = Date.now() - fs.statSync(guard).mtimeMs;
    } catch {
      // Gone already: its take-over is over.
    }
    if (age > TAKEOVER_STALE_MS) fs.rmSync(guard, { force: true });
    return false;
  }
  try {
    // Under the guard, read again: the lock judged dead may have been replaced by a live one.
    if (readText(file) === seen) fs.rmSync(file, { force: true });
    return true;
  } finally {
    fs.rmSync(guard, { force: true });
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
    ...processStart(process.pid),
  };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(mine), { flag: "wx" });
      return () => releaseFolderLock(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const seen = readText(file);
      const holder = parseLock(seen);
      if (!holder && beingWritten(file)) {
        // Another process has just created it and is writing its name in.
        pause(RETRY_MS);
        continue;
      }
      if (holder && stillHeld(holder)) {
        if (holder.pid === process.pid) return () => releaseFolderLock(file);
        throw new DatabaseLockedError(folder, holder.pid, holder.command);
      }
      // A lock left by a process that died, or by one whose pid another process has now: take it over.
      if (!removeDeadLock(file, seen)) pause(RETRY_MS);
    }
  }
  throw new Error(`Could not take the lock file ${file}`);
}

function releaseFolderLock(file: string) {
  const holder = readLock(file);
  if (holder?.pid === process.pid) fs.rmSync(file, { force: true });
}
