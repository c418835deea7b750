import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, openConnection } from "@/db/connection";
import { auditEntries } from "@/db/schema";
import { backends, createPostgresDatabase, messagesOf, rowsOf, type TestDatabase } from "../support/test-db";

const TABLES = [
  "account",
  "audit_entries",
  "completion_forecasts",
  "event_projects",
  "events",
  "milestone_sources",
  "milestones",
  "progress_reports",
  "project_facts",
  "project_visits",
  "projects",
  "rate_limits",
  "session",
  "share_links",
  "sources",
  "user",
  "verification",
];

const tablesQuery = sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`;
const appliedQuery = sql`select hash, created_at::text as "createdAt" from drizzle.__drizzle_migrations order by id`;
/** Every migration of the journal, in its order: what a migrated database has applied, once each. */
const journal = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map((m) => ({ hash: m.hash, createdAt: String(m.folderMillis) }));

describe.each(backends)("migrations on $name", (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    // Fresh, so the migrations themselves run here rather than in a cached PGlite template.
    t = await backend.open({ fresh: true });
  });
  afterAll(() => t?.close());

  it("create every table of the schema", async () => {
    const rows = await rowsOf<{ table_name: string }>(t.db, tablesQuery);
    expect(rows.map((r) => r.table_name)).toEqual(TABLES);
  });

  it("apply again without error or change", async () => {
    const before = await rowsOf(t.db, appliedQuery);
    await t.connection.migrate();
    await t.connection.migrate();
    const after = await rowsOf(t.db, appliedQuery);
    expect(after).toEqual(before);
    expect(before).toEqual(journal);
    const rows = await rowsOf<{ table_name: string }>(t.db, tablesQuery);
    expect(rows.map((r) => r.table_name)).toEqual(TABLES);
  });

  describe("the audit table is append-only", () => {
    let id: number;
    beforeAll(async () => {
      const [row] = await t.db
        .insert(auditEntries)
        .values({ actorLabel: "system", action: "create", entity: "test", entityId: "1", after: { a: 1 } })
        .returning();
      id = row!.id;
    });

    it.each([
      ["UPDATE", sql`update audit_entries set actor_label = 'someone else'`],
      ["DELETE", sql`delete from audit_entries`],
      ["TRUNCATE", sql`truncate audit_entries`],
    ])("refuses %s", async (operation, statement) => {
      const error = await t.db.execute(statement).then(
        () => null,
        (e: unknown) => e,
      );
      expect(messagesOf(error)).toContain(`audit_entries is append-only (${operation} refused)`);
      const rows = await t.db.select().from(auditEntries).where(sql`${auditEntries.id} = ${id}`);
      expect(rows).toMatchObject([{ actorLabel: "system", after: { a: 1 } }]);
    });
  });
});

describe("migrations on a PostgreSQL server", () => {
  it("let two app servers migrate at once: both succeed and leave one set of tables", async () => {
    const database = await createPostgresDatabase();
    const first = await openConnection({ databaseUrl: database.url });
    const second = await openConnection({ databaseUrl: database.url });
    try {
      await Promise.all([first.migrate(), second.migrate()]);
      const rows = await rowsOf<{ table_name: string }>(first.db, tablesQuery);
      expect(rows.map((r) => r.table_name)).toEqual(TABLES);
      expect(await rowsOf(second.db, appliedQuery)).toEqual(journal);
    } finally {
      await Promise.all([first.close(), second.close()]);
      await database.drop();
    }
  });
});
