/*
 * "As recorded": what Bridgewatch held at the end of a day (UTC), replayed from the audit trail.
 * Records written now are absent from yesterday's view and present in today's; synthetic audit
 * entries with chosen instants stand in for a history across days (the trail is append-only,
 * so history cannot be made by moving entries). Synthetic data, never shown as real.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { addDays } from "@/db/domain/calendar-day";
import { todayIso } from "@/db/domain/today";
import { createProject } from "@/db/mutations/projects";
import { RECORD_WRITES } from "@/db/mutations/records";
import { listsAsRecorded } from "@/db/queries/as-recorded";
import { getDashboard } from "@/db/queries/dashboard";
import { RECORD_TYPES, type RecordType } from "@/db/records";
import { deleteRecordSchema } from "@/db/records/define";
import { projectSchema } from "@/db/records/project";
import { auditEntries, type Project } from "@/db/schema";
import { backends, type TestDatabase } from "../support/test-db";

type Ref = { id: string; version: number };
const today = todayIso();
const yesterday = addDays(today, -1);

describe.each(backends)("the dashboard as Bridgewatch recorded it, on $name", (backend) => {
  let t: TestDatabase;
  let db: Db;
  const actor = { id: null, email: "synthetic-editor@bridgewatch.test" } as never;
  const projects = {} as Record<"live" | "history", Project>;
  const refs = {} as Record<"source" | "start" | "plan" | "report" | "fact" | "event" | "historySource" | "historyPlan", Ref>;

  async function add(p: Project, type: RecordType, input: Record<string, unknown>): Promise<Ref> {
    const parsed = RECORD_TYPES[type].schemas.create.parse({ projectSlug: p.slug, ...input });
    return (RECORD_WRITES[type].create as (db: Db, c: unknown) => Promise<Ref>)(db, { project: p, actor, input: parsed });
  }
  async function update(p: Project, type: RecordType, row: Ref, input: Record<string, unknown>): Promise<Ref> {
    const parsed = RECORD_TYPES[type].schemas.update.parse({ projectSlug: p.slug, id: row.id, version: row.version, ...input });
    return (RECORD_WRITES[type].update as (db: Db, c: unknown) => Promise<Ref>)(db, { project: p, actor, input: parsed });
  }
  async function remove(p: Project, type: RecordType, row: Ref): Promise<void> {
    const input = deleteRecordSchema.parse({ projectSlug: p.slug, id: row.id, version: row.version });
    await (RECORD_WRITES[type].delete as (db: Db, c: unknown) => Promise<unknown>)(db, { project: p, actor, input });
  }
  /** The `after` of a record's creation: the row as its audit entry keeps it. */
  async function createdRow(id: string): Promise<Record<string, unknown>> {
    const [entry] = await db.select().from(auditEntries).where(and(eq(auditEntries.entityId, id), eq(auditEntries.action, "create")));
    return entry!.after as Record<string, unknown>;
  }
  async function synthetic(p: Project, at: string, action: "create" | "update" | "delete", entity: string, id: string, after: unknown) {
    await db.insert(auditEntries).values({ at: new Date(at), actorLabel: "synthetic", action, entity, entityId: id, projectId: p.id, after });
  }
  const recorded = (p: Project, day: string, audience: "workspace" | "public" = "workspace") =>
    listsAsRecorded(db, { slug: p.slug, day, audience });

  beforeAll(async () => {
    t = await backend.open();
    db = t.db;
    const input = (slug: string) =>
      projectSchema.parse({ slug, name: `Synthetic ${slug}`, summary: "Synthetic test project.", location: "Nowhere", parties: "A, B" });
    projects.live = await createProject(db, { actor, input: input("synthetic-as-recorded") });
    projects.history = await createProject(db, { actor, input: input("synthetic-as-recorded-history") });

    const live = projects.live;
    refs.source = await add(live, "source", { outlet: "Example Daily", title: "Synthetic", published: "2024-05-01", kind: "independent_media" });
    const sourceId = refs.source.id;
    refs.start = await add(live, "milestone", { kind: "construction_start", title: "Start", planned: "2024-06", actual: "", status: "pending", sourceId });
    refs.start = await update(live, "milestone", refs.start, { title: "Start", planned: "2024-06", actual: "2024-06", status: "complete", sourceId });
    refs.plan = await add(live, "forecast", { completion: "mid-2027", claimed: "2024-05-01", sourceId, note: "Synthetic plan" });
    refs.report = await add(live, "progressReport", { observed: "2025-04", percent: "10", summary: "Synthetic report", sourceId, evidenceKind: "satellite_imagery", confidence: "medium" });
    refs.event = await add(live, "event", { date: "2025-04-28", title: "Synthetic event", summary: "", category: "other", parties: "", sourceId });
    refs.fact = await add(live, "fact", { attribute: "length", value: "1", unit: "km", sourceId });
    await remove(live, "fact", refs.fact);

    // A history across days for a project of its own: its rows as their writes log them, at chosen instants.
    const history = projects.history;
    refs.historySource = await add(history, "source", { outlet: "Example Wire", title: "Synthetic", published: "2025-01-10", kind: "state_media" });
    refs.historyPlan = await add(history, "forecast", { completion: "mid-2026", claimed: "2025-01-10", sourceId: refs.historySource.id });
    const source = await createdRow(refs.historySource.id);
    const plan = await createdRow(refs.historyPlan.id);
    const moved = { ...plan, windowEarliest: "2026-12-01", windowLatest: "2026-12-31", windowText: "end of 2026", version: 2 };
    await synthetic(history, "2025-01-10T12:00:00.000Z", "create", "source", refs.historySource.id, source);
    await synthetic(history, "2025-02-01T23:59:59.999Z", "create", "completion_forecast", refs.historyPlan.id, plan);
    await synthetic(history, "2025-03-01T00:00:00.000Z", "update", "completion_forecast", refs.historyPlan.id, moved);
    await synthetic(history, "2025-04-01T10:00:00.000Z", "delete", "completion_forecast", refs.historyPlan.id, null);
  });
  afterAll(() => t?.close());

  it("holds nothing of records written today as of yesterday, and all of them as of today", async () => {
    expect(await recorded(projects.live, yesterday)).toEqual({ milestones: [], forecasts: [], reports: [], events: [], sources: [], facts: [] });
    const now = (await getDashboard(db, { slug: projects.live.slug, today, audience: "workspace" }))!;
    const replayed = (await recorded(projects.live, today))!;
    expect(replayed.sources).toEqual(now.sources);
    expect(replayed.milestones).toEqual(now.milestones);
    expect(replayed.reports).toEqual(now.reports);
    expect(replayed.events).toEqual(now.events);
    expect(replayed.forecasts.map((f) => f.id)).toEqual([refs.plan.id]);
  });

  it("replays a record at its latest entry: the update, with the sources a milestone rests on", async () => {
    const [start] = (await recorded(projects.live, today))!.milestones;
    expect(start).toMatchObject({ id: refs.start.id, actual: { text: "2024-06" }, status: "complete", sourceIds: [refs.source.id], version: 2 });
  });

  it("leaves out a deleted record", async () => {
    expect((await recorded(projects.live, today))!.facts).toEqual([]);
  });

  it("names no recorder to a shared view", async () => {
    expect((await recorded(projects.live, today, "workspace"))!.reports[0]?.recordedBy).toBe("synthetic-editor@bridgewatch.test");
    expect((await recorded(projects.live, today, "public"))!.reports[0]?.recordedBy).toBeNull();
  });

  it("follows a record across days, each day ending at midnight UTC", async () => {
    const windowOn = async (day: string) => (await recorded(projects.history, day))!.forecasts.map((f) => f.window?.text ?? null);
    expect((await recorded(projects.history, "2025-01-09"))!.sources).toEqual([]);
    expect((await recorded(projects.history, "2025-01-10"))!.sources.map((s) => s.id)).toEqual([refs.historySource.id]);
    expect(await windowOn("2025-01-31")).toEqual([]);
    expect(await windowOn("2025-02-01")).toEqual(["mid-2026"]);
    expect(await windowOn("2025-02-28")).toEqual(["mid-2026"]);
    expect(await windowOn("2025-03-01")).toEqual(["end of 2026"]);
    expect(await windowOn("2025-04-01")).toEqual([]);
    expect(await windowOn(today)).toEqual(["mid-2026"]);
  });

  it("judges the dashboard as of that day: the plan then in force, the status for that day", async () => {
    const data = (await getDashboard(db, { slug: projects.history.slug, today, audience: "workspace", asOf: { day: "2025-03-15", mode: "recorded" } }))!;
    expect(data.view).toEqual({ asOf: "2025-03-15", mode: "recorded" });
    expect(data.today).toBe("2025-03-15");
    expect(data.plans.current?.window?.text).toBe("end of 2026");
    expect(data.recentChanges.every((c) => c.at < "2025-03-16")).toBe(true);
  });

  it("answers null for a project that does not exist", async () => {
    expect(await listsAsRecorded(db, { slug: "synthetic-nowhere", day: today, audience: "workspace" })).toBeNull();
  });
});
