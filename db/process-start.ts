import fs from "node:fs";

/**
 * When a process started, as Linux tells it: the boot (its random id) and the start time in
 * clock ticks since that boot. A pid alone does not name a process for long: after a container
 * restart the new server often gets the very pid the old one had, or another process does.
 * The pair does: a pid with another start time, or a record from another boot, is someone else.
 */
export interface ProcessStart {
  bootId: string;
  startTime: string;
}

const BOOT_ID = "/proc/sys/kernel/random/boot_id";

/** This boot's id, or null where /proc cannot tell. */
export function currentBootId(): string | null {
  try {
    return fs.readFileSync(BOOT_ID, "utf8").trim() || null;
  } catch {
    return null;
  }
}

/** The start of process `pid`, or null where /proc cannot tell (not Linux, no such process). */
export function processStart(pid: number): ProcessStart | null {
  const bootId = currentBootId();
  if (!bootId) return null;
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // The command name (field 2) is in parentheses and may hold spaces and ")": count from the last one.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // That list starts at field 3 (state); starttime is field 22.
  const startTime = fields[22 - 3];
  return startTime ? { bootId, startTime } : null;
}
