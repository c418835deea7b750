/*
 * App servers started together on one fresh PostgreSQL database (several replicas behind a
 * load balancer, say) all come up, and the database ends with one admin and one seeded project.
 * Each server is a process running the server's own start (db/client.ts); they are let go at
 * the same moment, once all have loaded, so that they really race.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openConnection, type Connection } from "@/db/connection";
import { projects, user } from "@/db/schema";
import { startAppDatabase, type ScriptResult } from "../support/run-script";
import { createPostgresDatabase } from "../support/test-db";

const SERVERS = 3;
const ADMIN = { ADMIN_EMAIL: "first-admin@bridgewatch.test", ADMIN_PASSWORD: "synthetic-first-admin" };

describe(`${SERVERS} app servers starting at once on one fresh PostgreSQL database`, () => {
  let database: { url: string; drop(): Promise<void> };
  let results: ScriptResult[];
  let check: Connection;

  beforeAll(async () => {
    database = await createPostgresDatabase();
    const servers = Array.from({ length: SERVERS }, () => startAppDatabase({ DATABASE_URL: database.url, ...ADMIN }));
    await Promise.all(servers.map((s) => s.ready));
    for (const server of servers) server.go();
    results = await Promise.all(servers.map((s) => s.exited));
    check = await openConnection({ databaseUrl: database.url });
  }, 120_000);
  afterAll(async () => {
    await check?.close();
    await database?.drop();
  });

  it("all come up and answer the health check", () => {
    for (const result of results) {
      expect(result, result.stderr).toMatchObject({ code: 0 });
      const answer = JSON.parse(result.stdout.trim().split("\n").at(-1)!) as { health: { ok: boolean } };
      expect(answer.health).toMatchObject({ ok: true, database: { kind: "postgres", ok: true } });
    }
  });

  it("make exactly one admin, and say so once", async () => {
    const accounts = await check.db.select({ email: user.email, role: user.role }).from(user);
    expect(accounts).toEqual([{ email: ADMIN.ADMIN_EMAIL, role: "admin" }]);
    expect(results.filter((r) => r.stdout.includes("Created the admin account"))).toHaveLength(1);
  });

  it("seed the project exactly once", async () => {
    expect(await check.db.select({ slug: projects.slug }).from(projects)).toEqual([{ slug: "tumen-road-bridge" }]);
  });
});
