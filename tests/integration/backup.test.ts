/*
 * `npm run cli -- backup` and `restore` on the embedded database, run as the processes they are:
 * a project comes back exactly as it was exported, an older backup comes up to date, and every
 * refusal leaves no file and no folder behind. With DATABASE_URL both point to pg_dump.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, openConnection } from "@/db/connection";
import { holdDataFolder, runCli } from "../support/run-script";
import { migratedDataDir, rowsOf, tempDataDir } from "../support/test-db";

const FIXTURE = path.resolve("tests/fixtures/project-files/synthetic.json");
const SLUG = (JSON.parse(fs.readFileSync(FIXTURE, "utf8")) as { project: { slug: string } }).project.slug;
const SLOW = { timeout: 120_000 };

const exportFrom = (dataDir: string) => runCli(["export", "--project", SLUG], { DATA_DIR: dataDir });

describe("backup and restore of the embedded database", () => {
  let work: string;
  let source: string;
  let backup: string;
  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "bw-backups-"));
    source = await migratedDataDir();
    expect(await runCli(["import", FIXTURE], { DATA_DIR: source })).toMatchObject({ code: 0, stderr: "" });
    backup = path.join(work, "bridgewatch.tar.gz");
  });
  afterAll(() => {
    for (const folder of [work, source]) if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  it("backs up a stopped folder, and a restore into a new folder exports the project identically", SLOW, async () => {
    const made = await runCli(["backup", "--out", backup], { DATA_DIR: source });
    expect(made).toMatchObject({ code: 0, stderr: "" });
    expect(made.stdout).toContain(`Backed up ${source} to ${backup}`);
    expect(fs.readdirSync(work)).toEqual(["bridgewatch.tar.gz"]);

    const target = path.join(work, "restored");
    const restored = await runCli(["restore", backup], { DATA_DIR: target });
    expect(restored).toMatchObject({ code: 0, stderr: "" });
    expect(fs.readdirSync(target)).toEqual(["pglite"]);

    const original = await exportFrom(source);
    expect(original).toMatchObject({ code: 0, stderr: "" });
    expect(original.stdout).toContain(`"slug": "${SLUG}"`);
    expect(await exportFrom(target)).toEqual(original);
  });

  it("refuses to replace an existing file unless told to with --force", SLOW, async () => {
    const out = path.join(work, "existing.tar.gz");
    fs.writeFileSync(out, "keep me");
    const refused = await runCli(["backup", "--out", out], { DATA_DIR: source });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${out} already exists. Name another file, or pass --force to replace it.`);
    expect(fs.readFileSync(out, "utf8")).toBe("keep me");

    expect(await runCli(["backup", "--out", out, "--force"], { DATA_DIR: source })).toMatchObject({ code: 0, stderr: "" });
    expect(fs.statSync(out).size).toBeGreaterThan(1000);
  });

  it("refuses while another process (the server) holds the folder, and writes no file", SLOW, async () => {
    const out = path.join(work, "while-held.tar.gz");
    const before = fs.readdirSync(work);
    const holder = await holdDataFolder(source);
    try {
      const refused = await runCli(["backup", "--out", out], { DATA_DIR: source });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`The data folder ${source} is in use by process ${holder.pid}`);
      expect(refused.stderr).toContain("Stop the server first");
    } finally {
      await holder.release();
    }
    expect(fs.readdirSync(work)).toEqual(before);
  });

  it("refuses to restore over a folder that has a database, and leaves it as it was", SLOW, async () => {
    const before = fs.readdirSync(source).sort();
    const refused = await runCli(["restore", backup], { DATA_DIR: source });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${source} is not empty (it holds pglite): a restore never overwrites a database.`);
    expect(fs.readdirSync(source).sort()).toEqual(before);
    expect((await exportFrom(source)).code).toBe(0);
  });

  it("refuses a missing, garbage or cut-off file with the reason, and leaves no folder behind", SLOW, async () => {
    const garbage = path.join(work, "garbage.tar.gz");
    fs.writeFileSync(garbage, "this is not a backup\n".repeat(100));
    const cut = path.join(work, "cut.tar.gz");
    fs.writeFileSync(cut, fs.readFileSync(backup).subarray(0, 100_000));
    const cases = [
      [path.join(work, "missing.tar.gz"), "Cannot read the backup"],
      [garbage, "is not a Bridgewatch backup (a PGlite data folder archive, as `backup` writes): it is not a tar archive."],
      [cut, "is not a Bridgewatch backup (a PGlite data folder archive, as `backup` writes): it starts like a gzip file but does not unpack"],
    ];
    for (const [file, reason] of cases) {
      const target = path.join(work, "never-made");
      const refused = await runCli(["restore", file!], { DATA_DIR: target });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`${file}`);
      expect(refused.stderr).toContain(reason);
      expect(fs.existsSync(target)).toBe(false);
    }
    const empty = tempDataDir();
    try {
      expect((await runCli(["restore", garbage], { DATA_DIR: empty })).code).toBe(1);
      expect(fs.readdirSync(empty)).toEqual([]);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it("with DATABASE_URL, refuses both and names PostgreSQL's tools", SLOW, async () => {
    const env = { DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" };
    for (const args of [["backup", "--out", path.join(work, "pg.tar.gz")], ["restore", backup]]) {
      const refused = await runCli(args, env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('pg_dump -Fc "$DATABASE_URL" -f bridgewatch.dump');
      expect(refused.stderr).toContain('pg_restore --clean --if-exists -d "$DATABASE_URL" bridgewatch.dump');
    }
    expect(fs.existsSync(path.join(work, "pg.tar.gz"))).toBe(false);
  });
});

describe("a backup made before the latest migrations", () => {
  let work: string;
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "bw-old-backup-"));
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  const journal = () => (JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: { tag: string }[] });

  /** A migrations folder with only the first migration: the database of the first release. */
  function firstMigrationOnly(): string {
    const folder = path.join(work, "migrations");
    fs.mkdirSync(path.join(folder, "meta"), { recursive: true });
    const first = journal().entries.slice(0, 1);
    fs.writeFileSync(path.join(folder, "meta", "_journal.json"), JSON.stringify({ ...journal(), entries: first }));
    fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${first[0]!.tag}.sql`), path.join(folder, `${first[0]!.tag}.sql`));
    return folder;
  }

  async function appliedMigrations(dataDir: string): Promise<number> {
    const connection = await openConnection({ dataDir });
    try {
      const rows = await rowsOf<{ n: number }>(connection.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      return rows[0]!.n;
    } finally {
      await connection.close();
    }
  }

  it("comes up to date when it is restored", SLOW, async () => {
    const old = path.join(work, "old");
    const connection = await openConnection({ dataDir: old });
    try {
      const { migrate } = await import("drizzle-orm/pglite/migrator");
      await migrate(connection.db as never, { migrationsFolder: firstMigrationOnly() });
    } finally {
      await connection.close();
    }
    const file = path.join(work, "old.tar.gz");
    expect(await runCli(["backup", "--out", file], { DATA_DIR: old })).toMatchObject({ code: 0, stderr: "" });

    const target = path.join(work, "restored");
    expect(await runCli(["restore", file], { DATA_DIR: target })).toMatchObject({ code: 0, stderr: "" });
    expect(await appliedMigrations(old)).toBe(1);
    expect(await appliedMigrations(target)).toBe(journal().entries.length);
  });
});
