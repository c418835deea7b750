import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openConnection } from "@/db/connection";
import { DatabaseLockedError } from "@/db/lock";
import { holdDataFolder, runDbScript, type FolderHolder } from "../support/run-script";
import { migratedDataDir } from "../support/test-db";

const lockFile = (folder: string) => path.join(folder, "bridgewatch.lock");
const lockHolder = (folder: string) => (JSON.parse(fs.readFileSync(lockFile(folder), "utf8")) as { pid: number }).pid;

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
});
