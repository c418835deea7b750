import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { ConflictError, NotFoundError, RuleError } from "@/db/mutations/errors";
import { createEvent, deleteEvent, updateEvent } from "@/db/mutations/records/events";
import { createForecast, deleteForecast, updateForecast } from "@/db/mutations/records/forecasts";
import { createMilestone, deleteMilestone, updateMilestone } from "@/db/mutations/records/milestones";
import { createProgressReport, deleteProgressReport, updateProgressReport } from "@/db/mutations/records/progress-reports";
import { createSource, deleteSource, updateSource } from "@/db/mutations/records/sources";
import { RECORD_TYPES } from "@/db/records";
import { deleteRecordSchema } from "@/db/records/define";
import {
  auditEntries,
  completionForecasts,
  eventProjects,
  events,
  milestones,
  progressReports,
  projects,
  sources,
  user,
  type Project,
} from "@/db/schema";
import { getRecordHistory } from "@/db/queries/history";
import { seedDatabase } from "@/db/seed";
import { backends, type TestDatabase } from "../support/test-db";

const { create: createEventSchema, update: updateEventSchema } = RECORD_TYPES.event.schemas;
const { create: createForecastSchema, update: updateForecastSchema } = RECORD_TYPES.forecast.schemas;
const { create: createMilestoneSchema, update: updateMilestoneSchema } = RECORD_TYPES.milestone.schemas;
const { create: createProgressReportSchema, update: updateProgressReportSchema } = RECORD_TYPES.progressReport.schemas;
const { create: createSourceSchema, update: updateSourceSchema } = RECORD_TYPES.source.schemas;

const SLUG = "tumen-road-bridge";
const OTHER = "synthetic-other-project";

describe.each(backends)("record mutations on $name", (backend) => {
  let t: TestDatabase;
  let db: Db;
  let project: Project;
  let other: Project;
  let kcnaId: string;
  let otherSourceId: string;
  const editor = { id: `user-${randomUUID()}`, email: "editor@bridgewatch.test" };
  const as = (p: Project = project) => ({ project: p, actor: editor });

  /* What a form sends; the data-layer functions take it parsed, as the actions pass it on. */
  const reportForm = (extra: Record<string, unknown> = {}) => ({
    projectSlug: SLUG,
    observed: "2026-10",
    published: "2026-11-02",
    percent: "40",
    summary: "Synthetic test report: deck spans visible.",
    sourceId: kcnaId,
    evidenceKind: "satellite_imagery",
    confidence: "medium",
    ...extra,
  });
  const sourceForm = (extra: Record<string, unknown> = {}) => ({
    projectSlug: SLUG,
    outlet: "Synthetic Outlet",
    title: "Synthetic test source",
    url: "https://example.test/a",
    published: "2026-10-01",
    kind: "ground_photo",
    ...extra,
  });
  const reportInput = (extra: Record<string, unknown> = {}) => createProgressReportSchema.parse(reportForm(extra));
  const sourceInput = (extra: Record<string, unknown> = {}) => createSourceSchema.parse(sourceForm(extra));

  const auditOf = (entityId: string) =>
    db.select().from(auditEntries).where(eq(auditEntries.entityId, entityId)).orderBy(auditEntries.id);
  const countOf = async (table: typeof progressReports | typeof auditEntries | typeof sources | typeof events) => {
    const [row] = await db.select({ n: count() }).from(table);
    return row!.n;
  };
  const projectRow = async (id = project.id) => (await db.select().from(projects).where(eq(projects.id, id)))[0]!;

  /** Runs a write that must fail, and checks it left no row and no audit entry behind. */
  async function refusedWithoutTrace(write: () => Promise<unknown>) {
    const before = { reports: await countOf(progressReports), audit: await countOf(auditEntries), sources: await countOf(sources), events: await countOf(events) };
    const error = await write().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect({ reports: await countOf(progressReports), audit: await countOf(auditEntries), sources: await countOf(sources), events: await countOf(events) }).toEqual(before);
    return error as Error;
  }

  beforeAll(async () => {
    t = await backend.open();
    db = t.db;
    await seedDatabase(db);
    project = (await db.select().from(projects).where(eq(projects.slug, SLUG)))[0]!;
    other = (await db.insert(projects).values({ slug: OTHER, name: "Synthetic other project", summary: "", location: "Nowhere" }).returning())[0]!;
    await db.insert(user).values({ id: editor.id, name: "Editor", email: editor.email, role: "editor" });
    kcnaId = (await db.select().from(sources).where(and(eq(sources.projectId, project.id), eq(sources.outlet, "KCNA"))))[0]!.id;
    otherSourceId = (await createSource(db, { ...as(other), input: sourceInput({ projectSlug: OTHER }) })).id;
  });
  afterAll(() => t?.close());

  describe("each change writes its row and one audit entry with the values before and after", () => {
    it("progress reports: create, correct, delete", async () => {
      const before = await projectRow();
      const created = await createProgressReport(db, { ...as(), input: reportInput() });
      expect(created).toMatchObject({ percent: 40, observed: { earliest: "2026-10-01", latest: "2026-10-31", text: "2026-10" }, recordedBy: editor.email, version: 1 });
      const touched = await projectRow();
      expect(touched.version).toBe(before.version + 1);
      expect(touched.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());

      const updated = await updateProgressReport(db, {
        ...as(),
        input: updateProgressReportSchema.parse({ ...reportForm(), percent: "45", id: created.id, version: 1 }),
      });
      expect(updated).toMatchObject({ percent: 45, version: 2 });
      await deleteProgressReport(db, { ...as(), input: deleteRecordSchema.parse({ projectSlug: SLUG, id: created.id, version: 2 }) });
      expect(await db.select().from(progressReports).where(eq(progressReports.id, created.id))).toEqual([]);

      const trail = await auditOf(created.id);
      expect(trail.map((e) => [e.action, e.entity, e.actorLabel, e.projectId])).toEqual([
        ["create", "progress_report", editor.email, project.id],
        ["update", "progress_report", editor.email, project.id],
        ["delete", "progress_report", editor.email, project.id],
      ]);
      expect(trail[0]).toMatchObject({ before: null, after: { percentComplete: 40, version: 1 } });
      expect(trail[1]).toMatchObject({ before: { percentComplete: 40, version: 1 }, after: { percentComplete: 45, version: 2 } });
      expect(trail[2]).toMatchObject({ before: { percentComplete: 45, version: 2 }, after: null });
    });

    it("milestones: planned, actual and status change with the source given, which joins its sources", async () => {
      const [completion] = await db.select().from(milestones).where(and(eq(milestones.projectId, project.id), eq(milestones.kind, "completion")));
      const { id: sourceId } = await createSource(db, { ...as(), input: sourceInput({ outlet: "Synthetic milestone outlet" }) });
      const updated = await updateMilestone(db, {
        ...as(),
        input: updateMilestoneSchema.parse({
          projectSlug: SLUG, id: completion!.id, version: completion!.version,
          title: completion!.title, planned: "Q4 2026", actual: "", status: "delayed", sourceId,
        }),
      });
      expect(updated).toMatchObject({ planned: { earliest: "2026-10-01", latest: "2026-12-31", text: "Q4 2026" }, actual: null, status: "delayed", version: completion!.version + 1 });
      expect(updated.sourceIds).toContain(sourceId);
      const [entry] = (await auditOf(completion!.id)).filter((e) => e.action === "update");
      expect(entry).toMatchObject({ before: { plannedText: "mid-2026", status: "pending" }, after: { plannedText: "Q4 2026", status: "delayed" } });
      expect((entry!.after as { sourceIds: string[] }).sourceIds).toContain(sourceId);
      expect((entry!.before as { sourceIds: string[] }).sourceIds).not.toContain(sourceId);

      const added = await createMilestone(db, {
        ...as(),
        input: createMilestoneSchema.parse({ projectSlug: SLUG, kind: "other", title: "Synthetic: approach road", planned: "2026", actual: null, status: "pending", sourceId }),
      });
      await deleteMilestone(db, { ...as(), input: { projectSlug: SLUG, id: added.id, version: 1 } });
      expect((await auditOf(added.id)).map((e) => e.action)).toEqual(["create", "delete"]);
      expect((await auditOf(added.id))[1]!.before).toMatchObject({ title: "Synthetic: approach road", sourceIds: [sourceId] });
    });

    it("completion forecasts: create, update, delete", async () => {
      const form = { projectSlug: SLUG, completion: "H1 2027", claimed: "2026-11", sourceId: kcnaId, note: "Synthetic" };
      const created = await createForecast(db, { ...as(), input: createForecastSchema.parse(form) });
      expect(created).toMatchObject({ window: { text: "H1 2027", earliest: "2027-01-01", latest: "2027-06-30" }, accepted: true, version: 1 });
      const updated = await updateForecast(db, { ...as(), input: updateForecastSchema.parse({ ...form, completion: "Q2 2027", id: created.id, version: 1 }) });
      expect(updated.window?.text).toBe("Q2 2027");
      expect(updated.claimed).toEqual({ earliest: "2026-11-01", latest: "2026-11-30", text: "2026-11" });
      await deleteForecast(db, { ...as(), input: { projectSlug: SLUG, id: created.id, version: 2 } });
      const trail = await auditOf(created.id);
      expect(trail.map((e) => e.action)).toEqual(["create", "update", "delete"]);
      expect(trail[1]).toMatchObject({ entity: "completion_forecast", before: { windowText: "H1 2027" }, after: { windowText: "Q2 2027" } });
    });

    it("events: created linked to the project, updated, deleted with their links", async () => {
      const form = {
        projectSlug: SLUG, date: "2026-10-15", title: "Synthetic event", summary: "Line one\r\nline two", category: "economic", parties: "Russia, North Korea", sourceId: kcnaId,
      };
      const created = await createEvent(db, { ...as(), input: createEventSchema.parse(form) });
      expect(created).toMatchObject({ parties: ["Russia", "North Korea"], summary: "Line one\nline two" });
      expect(await db.select().from(eventProjects).where(eq(eventProjects.eventId, created.id))).toEqual([{ eventId: created.id, projectId: project.id }]);
      await updateEvent(db, { ...as(), input: updateEventSchema.parse({ ...form, parties: ["Russia"], title: "Synthetic event, renamed", id: created.id, version: 1 }) });
      await deleteEvent(db, { ...as(), input: { projectSlug: SLUG, id: created.id, version: 2 } });
      expect(await db.select().from(eventProjects).where(eq(eventProjects.eventId, created.id))).toEqual([]);
      const trail = await auditOf(created.id);
      expect(trail.map((e) => e.action)).toEqual(["create", "update", "delete"]);
      expect(trail[0]!.after).toMatchObject({ title: "Synthetic event", projectIds: [project.id] });
      expect(trail[1]).toMatchObject({ before: { title: "Synthetic event" }, after: { title: "Synthetic event, renamed", parties: ["Russia"] } });
    });

    it("sources: create, update, delete when nothing cites them", async () => {
      const created = await createSource(db, { ...as(), input: sourceInput() });
      const updated = await updateSource(db, { ...as(), input: updateSourceSchema.parse({ ...sourceForm(), url: "", id: created.id, version: 1 }) });
      expect(updated).toMatchObject({ url: null, version: 2 });
      await deleteSource(db, { ...as(), input: { projectSlug: SLUG, id: created.id, version: 2 } });
      expect((await auditOf(created.id)).map((e) => e.action)).toEqual(["create", "update", "delete"]);
    });
  });

  describe("a refused change leaves no row and no audit entry", () => {
    it("a source of another project cannot be cited", async () => {
      const error = await refusedWithoutTrace(() => createProgressReport(db, { ...as(), input: reportInput({ sourceId: otherSourceId }) }));
      expect(error).toBeInstanceOf(RuleError);
      expect((error as RuleError).fieldErrors).toEqual({ sourceId: [expect.stringMatching(/this project/)] });
    });

    it("an unknown row is not found", async () => {
      const input = updateProgressReportSchema.parse({ ...reportForm(), id: randomUUID(), version: 1 });
      expect(await refusedWithoutTrace(() => updateProgressReport(db, { ...as(), input }))).toBeInstanceOf(NotFoundError);
    });

    it("a stale version is a conflict that answers with the current value", async () => {
      const created = await createProgressReport(db, { ...as(), input: reportInput({ percent: "41" }) });
      await updateProgressReport(db, { ...as(), input: updateProgressReportSchema.parse({ ...reportForm(), percent: "42", id: created.id, version: 1 }) });
      const input = updateProgressReportSchema.parse({ ...reportForm(), percent: "43", id: created.id, version: 1 });
      const error = await refusedWithoutTrace(() => updateProgressReport(db, { ...as(), input }));
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).current).toMatchObject({ id: created.id, percent: 42, version: 2 });
      const stale = await refusedWithoutTrace(() => deleteProgressReport(db, { ...as(), input: { projectSlug: SLUG, id: created.id, version: 1 } }));
      expect(stale).toBeInstanceOf(ConflictError);
    });

    it("a source still cited cannot be deleted, and says by what", async () => {
      const kcna = (await db.select().from(sources).where(eq(sources.id, kcnaId)))[0]!;
      const error = await refusedWithoutTrace(() => deleteSource(db, { ...as(), input: { projectSlug: SLUG, id: kcnaId, version: kcna.version } }));
      expect(error).toBeInstanceOf(RuleError);
      expect(error.message).toMatch(/still cited by \d+ progress reports?/);
    });

    it("rows of another project are out of reach, whatever the id", async () => {
      const theirReport = await createProgressReport(db, { ...as(other), input: reportInput({ projectSlug: OTHER, sourceId: otherSourceId }) });
      const theirMilestone = await createMilestone(db, {
        ...as(other),
        input: createMilestoneSchema.parse({ projectSlug: OTHER, kind: "other", title: "Theirs", planned: "2027", status: "pending", sourceId: otherSourceId }),
      });
      const theirEvent = await createEvent(db, {
        ...as(other),
        input: createEventSchema.parse({ projectSlug: OTHER, date: "2026", title: "Theirs", category: "other", sourceId: otherSourceId }),
      });
      const theirForecast = await createForecast(db, {
        ...as(other),
        input: createForecastSchema.parse({ projectSlug: OTHER, completion: "2028", claimed: "2026-01-01", sourceId: otherSourceId }),
      });
      const mine = { projectSlug: SLUG, version: 1 };
      const attempts: (() => Promise<unknown>)[] = [
        () => updateProgressReport(db, { ...as(), input: updateProgressReportSchema.parse({ ...reportForm(), id: theirReport.id, version: 1 }) }),
        () => deleteProgressReport(db, { ...as(), input: { ...mine, id: theirReport.id } }),
        () => updateMilestone(db, { ...as(), input: updateMilestoneSchema.parse({ ...mine, id: theirMilestone.id, title: "Mine now", status: "complete", sourceId: kcnaId }) }),
        () => deleteMilestone(db, { ...as(), input: { ...mine, id: theirMilestone.id } }),
        () => updateEvent(db, { ...as(), input: updateEventSchema.parse({ ...mine, id: theirEvent.id, date: "2026", title: "Mine now", category: "other", sourceId: kcnaId }) }),
        () => deleteEvent(db, { ...as(), input: { ...mine, id: theirEvent.id } }),
        () => updateForecast(db, { ...as(), input: updateForecastSchema.parse({ ...mine, id: theirForecast.id, completion: "2026", claimed: "2026-01-01", sourceId: kcnaId }) }),
        () => deleteForecast(db, { ...as(), input: { ...mine, id: theirForecast.id } }),
        () => updateSource(db, { ...as(), input: updateSourceSchema.parse({ ...sourceForm(), ...mine, id: otherSourceId }) }),
        () => deleteSource(db, { ...as(), input: { ...mine, id: otherSourceId } }),
      ];
      for (const attempt of attempts) expect(await refusedWithoutTrace(attempt)).toBeInstanceOf(NotFoundError);
      expect((await db.select().from(progressReports).where(eq(progressReports.id, theirReport.id)))[0]).toMatchObject({ version: 1 });
      expect((await db.select().from(sources).where(eq(sources.id, otherSourceId)))[0]).toMatchObject({ projectId: other.id, version: 1 });
    });
  });

  describe("concurrency", () => {
    it("two saves of one row at the same version: exactly one wins, the other gets the current value", async () => {
      const created = await createProgressReport(db, { ...as(), input: reportInput({ percent: "50" }) });
      const save = (percent: string) =>
        updateProgressReport(db, { ...as(), input: updateProgressReportSchema.parse({ ...reportForm(), percent, id: created.id, version: 1 }) });
      const results = await Promise.allSettled([save("51"), save("52")]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.reason).toBeInstanceOf(ConflictError);
      const winner = (won[0] as PromiseFulfilledResult<{ percent: number | null }>).value;
      expect((lost[0]!.reason as ConflictError).current).toMatchObject({ percent: winner.percent, version: 2 });
      const [row] = await db.select().from(progressReports).where(eq(progressReports.id, created.id));
      expect(row).toMatchObject({ percentComplete: winner.percent, version: 2 });
      expect((await auditOf(created.id)).map((e) => e.action)).toEqual(["create", "update"]);
    });

    it("20 new reports at once all persist, each with its audit entry", async () => {
      const summaries = Array.from({ length: 20 }, (_, i) => `Synthetic concurrent report ${i} ${randomUUID()}`);
      const created = await Promise.all(summaries.map((summary) => createProgressReport(db, { ...as(), input: reportInput({ summary }) })));
      expect(new Set(created.map((r) => r.id)).size).toBe(20);
      const rows = await db.select({ summary: progressReports.summary }).from(progressReports).where(eq(progressReports.projectId, project.id));
      expect(rows.map((r) => r.summary)).toEqual(expect.arrayContaining(summaries));
      for (const report of created) expect((await auditOf(report.id)).map((e) => e.action)).toEqual(["create"]);
    });

    it("two deletes of one row: one deletes, the other is told it is gone", async () => {
      const created = await createProgressReport(db, { ...as(), input: reportInput() });
      const remove = () => deleteProgressReport(db, { ...as(), input: { projectSlug: SLUG, id: created.id, version: 1 } });
      const results = await Promise.allSettled([remove(), remove()]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const [lost] = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(lost!.reason).toBeInstanceOf(NotFoundError);
    });
  });

  it("a forecast that cites a source ties that source down", async () => {
    const { id, version } = await createSource(db, { ...as(), input: sourceInput({ outlet: "Synthetic cited outlet" }) });
    await createForecast(db, { ...as(), input: createForecastSchema.parse({ projectSlug: SLUG, completion: "2027", claimed: "2026-11-01", sourceId: id }) });
    const error = await refusedWithoutTrace(() => deleteSource(db, { ...as(), input: { projectSlug: SLUG, id, version } }));
    expect(error.message).toMatch(/1 completion forecast\b/);
    expect(await db.select().from(completionForecasts).where(eq(completionForecasts.sourceId, id))).toHaveLength(1);
  });

  it("a record's own history: its changes newest first, only within its project", async () => {
    const created = await createSource(db, { ...as(), input: sourceInput({ title: "Synthetic history source" }) });
    await updateSource(db, { ...as(), input: updateSourceSchema.parse({ ...sourceForm(), title: "Synthetic history source, renamed", id: created.id, version: 1 }) });
    const history = await getRecordHistory(db, { projectId: project.id, entity: "source", entityId: created.id });
    expect(history.map((e) => [e.action, e.actor])).toEqual([
      ["update", editor.email],
      ["create", editor.email],
    ]);
    expect(history[0]).toMatchObject({ before: { title: "Synthetic history source" }, after: { title: "Synthetic history source, renamed" } });
    expect(await getRecordHistory(db, { projectId: other.id, entity: "source", entityId: created.id })).toEqual([]);
  });
});
