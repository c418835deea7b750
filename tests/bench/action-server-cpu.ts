/*
 * The CPU time the server process has used, read from /proc: what a call costs the server,
 * which unlike its latency hardly depends on what else the machine is doing. Linux only; null
 * where the process or /proc cannot be found.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";

/** Clock ticks per second of /proc/<pid>/stat: 100 on every Linux this runs on (getconf CLK_TCK). */
const TICKS_PER_SECOND = 100;

/** A reader of the listening server's CPU time in ms (user + system), or null. */
export function serverCpuClock(baseUrl: string): (() => number) | null {
  try {
    const port = new URL(baseUrl).port;
    const listening = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
    const pid = /pid=(\d+)/.exec(listening)?.[1];
    if (!pid) return null;
    const read = () => {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      // Fields after the command name (which may hold spaces), from the 3rd: utime is the 14th, stime the 15th.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
    };
    read();
    return read;
  } catch {
    return null;
  }
}
