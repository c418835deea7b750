import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, migratedDataDir } from "../support/test-db";
import { runDbScript } from "../support/run-script";

interface Target {
  name: string;
  prepare(): Promise<{ env: { DATA_DIR?: string; DATABASE_URL?: string }; cleanup(): Promise<void> }>;
}

const targets: Target[] = [
  {
    name: "pglite (DATA_DIR)",
    async prepare() {
      const dir = await migratedDataDir();
      return { env: { DATA_DIR: dir }, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: "postgres (DATABASE_URL)",
    async prepare() {
      const database = await createPostgresDatabase();
      return { env: { DATABASE_URL: database.url }, cleanup: database.drop };
    },
  },
];

describe.each(targets)("npm run db:migrate and db:seed on $name", (target) => {
  let env: { DATA_DIR?: string; DATABASE_URL?: string };
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ env, cleanup } = await target.prepare());
  });
  afterAll(() => cleanup?.());

  it("db:migrate brings the database up to date", async () => {
    const result = await runDbScript("migrate", env);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain("is up to date");
  });

  it("db:seed seeds the project once; a second run adds nothing", async () => {
    const first = await runDbScript("seed", env);
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toContain('Seeded project "tumen-road-bridge"');
    const second = await runDbScript("seed", env);
    expect(second).toMatchObject({ code: 0, stderr: "" });
    expect(second.stdout).toContain("nothing added");
  });
});

it("db:migrate exits non-zero with the reason when the server cannot be reached", async () => {
  const result = await runDbScript("migrate", { DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
  expect(result.code).not.toBe(0);
  expect(result.stderr).toMatch(/^db:migrate failed: .*ECONNREFUSED/m);
});
