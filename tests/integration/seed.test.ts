import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import {
  auditEntries,
  completionForecasts,
  eventProjects,
  events,
  milestoneSources,
  milestones,
  progressReports,
  projects,
  sources,
} from "@/db/schema";
import { seedDatabase, seedIfEmpty } from "@/db/seed";
import { backends, type TestDatabase } from "../support/test-db";

const TABLES = {
  projects,
  sources,
  milestones,
  milestoneSources,
  completionForecasts,
  progressReports,
  events,
  eventProjects,
  auditEntries,
};

async function counts(db: Db) {
  const entries = await Promise.all(
    Object.entries(TABLES).map(async ([name, table]) => {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
      return [name, row?.n] as const;
    }),
  );
  return Object.fromEntries(entries);
}

const EXPECTED_COUNTS = {
  projects: 1,
  sources: 4,
  milestones: 3,
  milestoneSources: 3,
  completionForecasts: 1,
  progressReports: 1,
  events: 7,
  eventProjects: 7,
  // One per record: the project, 4 sources, 3 milestones, 1 forecast, 1 report, 7 events.
  auditEntries: 17,
};

describe.each(backends)("the seed on $name", (backend) => {
  let t: TestDatabase;
  let firstRun: { created: boolean };
  beforeAll(async () => {
    t = await backend.open();
    firstRun = await seedIfEmpty(t.db);
  });
  afterAll(() => t?.close());

  const outletOf = async (sourceId: string) =>
    (await t.db.select().from(sources).where(eq(sources.id, sourceId)))[0]?.outlet;

  it("seeds an empty database with exactly the records of the seed document", async () => {
    expect(firstRun).toEqual({ created: true });
    expect(await counts(t.db)).toEqual(EXPECTED_COUNTS);
  });

  it("creates the project tumen-road-bridge between North Korea and Russia", async () => {
    const [project] = await t.db.select().from(projects);
    expect(project).toMatchObject({
      slug: "tumen-road-bridge",
      name: "North Korea–Russia Tumen River road bridge",
      parties: ["North Korea", "Russia"],
      version: 1,
    });
    expect(project?.location).toContain("Tumen river");
    expect(project?.location).toContain("Friendship Bridge");
  });

  it("names the document, KCNA, Kommersant and the lawmakers' briefing as sources, without links", async () => {
    const rows = await t.db.select().from(sources).orderBy(sources.outlet);
    expect(rows.map(({ outlet, kind, url }) => ({ outlet, kind, url }))).toEqual([
      { outlet: "KCNA", kind: "state_media", url: null },
      { outlet: "Kommersant", kind: "independent_media", url: null },
      { outlet: "News report (seed document)", kind: "other", url: null },
      { outlet: "South Korean lawmakers, citing intelligence", kind: "intelligence_briefing", url: null },
    ]);
    const report = rows.find((s) => s.kind === "other");
    expect(report?.title).toBe("North Korea and Russia Forge Ties with New Road Bridge Construction");
    expect(report?.publishedEarliest).toBe("2025-04-30");
  });

  it("records the milestones: announced 2024-06-19, started 2025-04-30, completion planned mid-2026", async () => {
    const rows = await t.db.select().from(milestones);
    const byKind = Object.fromEntries(rows.map((m) => [m.kind, m]));
    expect(byKind.announcement).toMatchObject({
      plannedEarliest: "2024-06-19",
      plannedLatest: "2024-06-19",
      plannedText: "2024-06-19",
      actualEarliest: "2024-06-19",
      actualText: "2024-06-19",
      status: "complete",
    });
    expect(byKind.construction_start).toMatchObject({
      plannedEarliest: null,
      plannedText: null,
      actualEarliest: "2025-04-30",
      actualLatest: "2025-04-30",
      status: "complete",
    });
    // "mid-2026" is the middle third of the year in the fuzzy-date convention.
    expect(byKind.completion).toMatchObject({
      plannedEarliest: "2026-05-01",
      plannedLatest: "2026-08-31",
      plannedText: "mid-2026",
      actualEarliest: null,
      status: "pending",
    });
    const links = await t.db.select().from(milestoneSources);
    const sourceOf = async (id: string | undefined) =>
      outletOf(links.find((l) => l.milestoneId === id)?.sourceId ?? "");
    expect(await sourceOf(byKind.construction_start?.id)).toBe("KCNA");
    expect(await sourceOf(byKind.completion?.id)).toBe("Kommersant");
    expect(await sourceOf(byKind.announcement?.id)).toBe("News report (seed document)");
  });

  it("records Kommersant's mid-2026 forecast, claimed 2025-04-30, as accepted", async () => {
    const [forecast] = await t.db.select().from(completionForecasts);
    expect(forecast).toMatchObject({
      windowEarliest: "2026-05-01",
      windowLatest: "2026-08-31",
      windowText: "mid-2026",
      claimedEarliest: "2025-04-30",
      claimedLatest: "2025-04-30",
      claimedText: "2025-04-30",
      derivedFromMilestoneId: null,
      derivedDuration: null,
      accepted: true,
    });
    expect(await outletOf(forecast!.sourceId)).toBe("Kommersant");
  });

  it("records only the 0 % start of construction reported by KCNA", async () => {
    const [report] = await t.db.select().from(progressReports);
    expect(report).toMatchObject({
      observedEarliest: "2025-04-30",
      observedLatest: "2025-04-30",
      percentComplete: 0,
      evidenceKind: "state_media",
      confidence: "medium",
      recordedBy: null,
      recordedByLabel: "seed",
    });
    expect(await outletOf(report!.sourceId)).toBe("KCNA");
  });

  it("records each of the seven events once, linked to the project, with its source", async () => {
    const rows = await t.db.select().from(events).orderBy(events.dateEarliest, events.title);
    expect(new Set(rows.map((e) => e.title)).size).toBe(7);
    expect(rows.map((e) => [e.dateText, e.category])).toEqual([
      ["2022", "military"],
      ["2024-06-19", "diplomatic"],
      ["2025-04-28", "military"],
      ["2025-04-28", "military"],
      ["2025-04-30", "statement"],
      ["2025-04-30", "military"],
      ["2025-04-30", "military"],
    ]);
    expect(rows[0]).toMatchObject({ dateEarliest: "2022-01-01", dateLatest: "2022-12-31" });
    const outlets = await Promise.all(rows.map((e) => outletOf(e.sourceId)));
    expect(outlets.filter((o) => o === "South Korean lawmakers, citing intelligence")).toHaveLength(2);
    expect(outlets.filter((o) => o === "News report (seed document)")).toHaveLength(5);
    const [project] = await t.db.select().from(projects);
    const links = await t.db.select().from(eventProjects);
    expect(links.every((l) => l.projectId === project?.id)).toBe(true);
  });

  it("keeps every source inside the project", async () => {
    const [project] = await t.db.select().from(projects);
    const projectSources = new Set(
      (await t.db.select().from(sources).where(eq(sources.projectId, project!.id))).map((s) => s.id),
    );
    const cited = [
      ...(await t.db.select().from(progressReports)).map((r) => r.sourceId),
      ...(await t.db.select().from(events)).map((e) => e.sourceId),
      ...(await t.db.select().from(completionForecasts)).map((f) => f.sourceId),
      ...(await t.db.select().from(milestoneSources)).map((l) => l.sourceId),
    ];
    expect(cited.every((id) => projectSources.has(id))).toBe(true);
  });

  it("writes one 'create' audit entry by the seed for every record", async () => {
    const rows = await t.db.select().from(auditEntries);
    expect(rows.every((r) => r.actorLabel === "seed" && r.action === "create" && r.actorId === null)).toBe(true);
    const entities = rows.map((r) => r.entity).sort();
    expect(entities).toEqual([
      "completion_forecast",
      ...Array(7).fill("event"),
      ...Array(3).fill("milestone"),
      "progress_report",
      "project",
      ...Array(4).fill("source"),
    ]);
    const [project] = await t.db.select().from(projects);
    expect(rows.every((r) => r.projectId === project?.id)).toBe(true);
    expect(rows.find((r) => r.entity === "project")?.after).toMatchObject({ slug: "tumen-road-bridge" });
  });

  it("adds nothing when run again", async () => {
    expect(await seedDatabase(t.db)).toEqual({ created: false });
    expect(await seedIfEmpty(t.db)).toEqual({ created: false });
    expect(await counts(t.db)).toEqual(EXPECTED_COUNTS);
  });

  it("adds nothing when two runs race", async () => {
    const results = await Promise.all([seedDatabase(t.db), seedDatabase(t.db)]);
    expect(results).toEqual([{ created: false }, { created: false }]);
    expect(await counts(t.db)).toEqual(EXPECTED_COUNTS);
  });
});
