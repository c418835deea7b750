import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openConnection } from "@/db/connection";
import { DatabaseLockedError } from "@/db/lock";
import { processStart } from "@/db/process-start";
import { holdDataFolder, runDbScript, type FolderHolder } from "../support/run-script";
import { migratedDataDir } from "../support/test-db";

const lockFile = (folder: string) => path.join(folder, "bridgewatch.lock");
const readLock = (folder: string) =>
  JSON.parse(fs.readFileSync(lockFile(folder), "utf8")) as { pid: number; bootId?: string; startTime?: string };
const lockHolder = (folder: string) => readLock(folder).pid;

/** Opens the folder and closes it again, or returns why it could not. */
async function openAndClose(folder: string): Promise<unknown> {
  try {
    const connection = await openConnection({ dataDir: folder });
    try {
      expect(lockHolder(folder)).toBe(process.pid);
      await connection.db.execute("select 1");
    } finally {
      await connection.close();
    }
    return null;
  } catch (error) {
    return error;
  }
}

const hasProc = processStart(process.pid) !== null;

describe("the PGlite data folder", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await migratedDataDir();
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  describe("while another process holds it", () => {
    let holder: FolderHolder;
    beforeAll(async () => {
      holder = await holdDataFolder(folder);
    });
    afterAll(() => holder?.release());

    it("refuses to open, naming the folder and the process that holds it", async () => {
      const error = await openConnection({ dataDir: folder }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DatabaseLockedError);
      expect((error as DatabaseLockedError).message).toContain(`The data folder ${folder} is in use by process ${holder.pid}`);
      expect(lockHolder(folder)).toBe(holder.pid);
    });

    it.runIf(hasProc)("records when the holder started, as /proc tells it", () => {
      expect(readLock(folder)).toMatchObject(processStart(holder.pid)!);
    });

    it("makes db:seed fail with that reason and a non-zero exit code", async () => {
      const result = await runDbScript("seed", { DATA_DIR: folder });
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain(`db:seed failed: The data folder ${folder} is in use by process ${holder.pid}`);
    });
  });

  it("takes over a lock left behind by a process that died", async () => {
    const holder = await holdDataFolder(folder);
    await holder.crash();
    expect(lockHolder(folder)).toBe(holder.pid);

    const connection = await openConnection({ dataDir: folder });
    try {
      expect(lockHolder(folder)).toBe(process.pid);
      await connection.db.execute("select 1");
    } finally {
      await connection.close();
    }
    expect(fs.existsSync(lockFile(folder))).toBe(false);
  });

  it("lets exactly one of several processes take over a dead holder's lock at one moment", async () => {
    const holder = await holdDataFolder(folder);
    await holder.crash();
    const racers = 4;
    const at = Date.now() + 2_500;
    const outcomes = await Promise.all(
      Array.from({ length: racers }, () => {
        const child = spawn(process.execPath, ["--import", "tsx", "tests/support/race-folder-lock.ts", folder, String(at), "1500"], { stdio: ["ignore", "pipe", "inherit"] });
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
        return new Promise<string>((resolve) => child.once("exit", () => resolve(out.trim())));
      }),
    );
    expect(outcomes.sort()).toEqual(["refused", "refused", "refused", "took"]);
    expect(fs.existsSync(lockFile(folder))).toBe(false);
    expect(fs.existsSync(`${lockFile(folder)}.takeover`)).toBe(false);
  }, 30_000);

  /*
   * After a container restart the pid in a lock file can belong to a live process that never
   * held the folder: the lock names it, and what /proc says of it decides.
   */
  describe.runIf(hasProc)("when the pid in the lock file now belongs to another live process", () => {
    let other: ChildProcess;
    let otherStart: { bootId: string; startTime: string };
    beforeAll(async () => {
      other = spawn("sleep", ["600"], { stdio: "ignore" });
      await new Promise((resolve) => other.once("spawn", resolve));
      otherStart = processStart(other.pid!)!;
    });
    afterAll(() => other?.kill());

    const writeLock = (fields: object) =>
      fs.writeFileSync(
        lockFile(folder),
        JSON.stringify({ pid: other.pid, command: "db/bin/start.mjs", startedAt: "2026-01-01T00:00:00.000Z", ...fields }),
      );

    it("takes over a lock whose holder started at another time than that process", async () => {
      writeLock({ bootId: otherStart.bootId, startTime: String(Number(otherStart.startTime) - 500) });
      expect(await openAndClose(folder)).toBeNull();
      expect(fs.existsSync(lockFile(folder))).toBe(false);
    });

    it("takes over a lock written during another boot", async () => {
      writeLock({ bootId: randomUUID(), startTime: otherStart.startTime });
      expect(await openAndClose(folder)).toBeNull();
      expect(fs.existsSync(lockFile(folder))).toBe(false);
    });

    it("takes over a lock naming this process's own pid from an earlier start (a restarted container's pid 1)", async () => {
      const mine = processStart(process.pid)!;
      fs.writeFileSync(lockFile(folder), JSON.stringify({ pid: process.pid, command: "db/bin/start.mjs", startedAt: "", bootId: randomUUID(), startTime: "1" }));
      const connection = await openConnection({ dataDir: folder });
      try {
        expect(readLock(folder)).toMatchObject({ pid: process.pid, ...mine });
      } finally {
        await connection.close();
      }
      expect(fs.existsSync(lockFile(folder))).toBe(false);
    });

    it("refuses a lock whose holder is that very process", async () => {
      writeLock(otherStart);
      const error = await openAndClose(folder);
      expect(error).toBeInstanceOf(DatabaseLockedError);
      expect((error as Error).message).toContain(`is in use by process ${other.pid} (db/bin/start.mjs)`);
      expect(lockHolder(folder)).toBe(other.pid);
      fs.rmSync(lockFile(folder));
    });

    it("refuses a lock without a start time (an older version's) while its pid is alive, as before", async () => {
      writeLock({});
      expect(await openAndClose(folder)).toBeInstanceOf(DatabaseLockedError);
      fs.rmSync(lockFile(folder));
    });
  });
});
