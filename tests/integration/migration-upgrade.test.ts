/*
 * A database made by the previous release (migrations 0000 and 0001, with records in it)
 * upgrades without loss: the exact days it held for "claimed on" and "published on" become
 * fuzzy dates with the same day and its wording, and everything else reads as before.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, openConnection, type Connection } from "@/db/connection";
import { getDashboard } from "@/db/queries/dashboard";
import { createPostgresDatabase, rowsOf, tempDataDir } from "../support/test-db";

const PREVIOUS_RELEASE = ["0000_init", "0001_audit_append_only"];

/** A migrations folder holding only the previous release's migrations. */
function previousMigrations(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "bw-migrations-"));
  fs.mkdirSync(path.join(folder, "meta"));
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8"));
  journal.entries = journal.entries.filter((e: { tag: string }) => PREVIOUS_RELEASE.includes(e.tag));
  fs.writeFileSync(path.join(folder, "meta", "_journal.json"), JSON.stringify(journal));
  for (const tag of PREVIOUS_RELEASE) fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${tag}.sql`), path.join(folder, `${tag}.sql`));
  return folder;
}

async function migrateTo(connection: Connection, folder: string) {
  const { migrate } =
    connection.kind === "pglite" ? await import("drizzle-orm/pglite/migrator") : await import("drizzle-orm/node-postgres/migrator");
  await migrate(connection.db as never, { migrationsFolder: folder });
}

const backends = [
  {
    name: "pglite",
    async open() {
      const dataDir = tempDataDir();
      const connection = await openConnection({ dataDir });
      return { connection, close: async () => (await connection.close(), fs.rmSync(dataDir, { recursive: true, force: true })) };
    },
  },
  {
    name: "postgres",
    async open() {
      const database = await createPostgresDatabase();
      const connection = await openConnection({ databaseUrl: database.url });
      return { connection, close: async () => (await connection.close(), await database.drop()) };
    },
  },
];

// Synthetic records in the previous schema's columns, never shown as real.
const OLD_RECORDS = `
  insert into projects (id, slug, name, summary, location) values
    ('10000000-0000-4000-8000-000000000001', 'synthetic-upgrade', 'Synthetic upgrade project', 'Synthetic.', 'Nowhere');
  insert into sources (id, project_id, outlet, title, published_earliest, published_latest, published_text, kind) values
    ('20000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 'Example Wire', 'Synthetic', '2025-05-01', '2025-05-31', '2025-05', 'state_media');
  insert into milestones (id, project_id, kind, title, actual_earliest, actual_latest, actual_text, status) values
    ('30000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 'construction_start', 'Start', '2025-04-30', '2025-04-30', '2025-04-30', 'complete');
  insert into completion_forecasts (project_id, window_earliest, window_latest, window_text, claimed_on, source_id, note) values
    ('10000000-0000-4000-8000-000000000001', '2026-05-01', '2026-08-31', 'mid-2026', '2025-04-30', '20000000-0000-4000-8000-000000000001', 'Synthetic note');
  insert into progress_reports (project_id, observed_earliest, observed_latest, observed_text, published_on, percent_complete, summary, source_id, evidence_kind, confidence, recorded_by_label) values
    ('10000000-0000-4000-8000-000000000001', '2025-10-01', '2025-10-31', '2025-10', '2025-11-02', 12.5, 'Synthetic report', '20000000-0000-4000-8000-000000000001', 'satellite_imagery', 'high', 'Someone'),
    ('10000000-0000-4000-8000-000000000001', '2025-11-01', '2025-11-30', '2025-11', null, null, 'Synthetic qualitative', '20000000-0000-4000-8000-000000000001', 'ground_photo', 'low', 'Someone');
`;

describe.each(backends)("upgrading the previous release's database on $name", (backend) => {
  let opened: Awaited<ReturnType<(typeof backends)[number]["open"]>>;
  beforeAll(async () => {
    opened = await backend.open();
    await migrateTo(opened.connection, previousMigrations());
    for (const statement of OLD_RECORDS.split(";").map((s) => s.trim()).filter(Boolean)) {
      await opened.connection.db.execute(sql.raw(statement));
    }
    await opened.connection.migrate();
  });
  afterAll(() => opened?.close());

  it("keeps every row", async () => {
    const [counts] = await rowsOf<Record<string, number>>(
      opened.connection.db,
      sql`select (select count(*)::int from completion_forecasts) as forecasts, (select count(*)::int from progress_reports) as reports, (select count(*)::int from project_facts) as facts`,
    );
    expect(counts).toEqual({ forecasts: 1, reports: 2, facts: 0 });
  });

  it("turns claimed-on and published-on days into fuzzy dates of that day, and reads as before", async () => {
    const data = await getDashboard(opened.connection.db, { slug: "synthetic-upgrade", today: "2026-12-01", audience: "workspace" });
    expect(data?.forecasts).toEqual([
      expect.objectContaining({
        completion: { earliest: "2026-05-01", latest: "2026-08-31", text: "mid-2026" },
        claimed: { earliest: "2025-04-30", latest: "2025-04-30", text: "2025-04-30" },
        derivedFrom: null,
        duration: null,
        note: "Synthetic note",
      }),
    ]);
    expect(data?.reports.map((r) => [r.summary, r.published, r.percent, r.measured, r.scope, r.figure])).toEqual([
      ["Synthetic report", { earliest: "2025-11-02", latest: "2025-11-02", text: "2025-11-02" }, 12.5, null, null, 12.5],
      ["Synthetic qualitative", null, null, null, null, null],
    ]);
    expect(data?.sources[0]).toMatchObject({ outlet: "Example Wire", viaSourceId: null });
    expect(data?.milestones[0]).toMatchObject({ kind: "construction_start", label: null });
    expect(data?.plans.baseline?.note).toBe("Synthetic note");
  });

  it("drops the old columns", async () => {
    const columns = await rowsOf<{ column_name: string }>(
      opened.connection.db,
      sql`select column_name from information_schema.columns where table_name in ('completion_forecasts', 'progress_reports') and column_name in ('claimed_on', 'published_on')`,
    );
    expect(columns).toEqual([]);
  });
});
