/*
 * Restoring a deleted record from its delete entry, and the last visit per user and project, on
 * both databases: every record type comes back as it was, with its links; what it cited must
 * still be there; a deletion in one project cannot be restored from another.
 */
import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeChange } from "@/db/changes/change-words";
import type { Db } from "@/db/connection";
import { NotFoundError, RuleError } from "@/db/mutations/errors";
import { RECORD_WRITES } from "@/db/mutations/records";
import { restoreRecord } from "@/db/mutations/restore";
import { recordVisit } from "@/db/mutations/visits";
import { getRecordHistory, listDeletedRecords } from "@/db/queries/history";
import { RECORD_TYPES, type RecordType } from "@/db/records";
import { deleteRecordSchema } from "@/db/records/define";
import { auditEntries, eventProjects, milestoneSources, projectVisits, projects, user, type Project } from "@/db/schema";
import { toChangeData } from "@/db/queries/mappers";
import { ACTION_INPUTS, type ActionName, type RowRefs } from "../support/action-inputs";
import { backends, type TestDatabase } from "../support/test-db";

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const NOWHERE = { id: "00000000-0000-4000-8000-000000000000", version: 1 };

describe.each(backends)("restoring deleted records on $name", (backend) => {
  let t: TestDatabase;
  let db: Db;
  let project: Project;
  let other: Project;
  let sourceId: string;
  const editor = { id: `user-${randomUUID()}`, email: "editor@bridgewatch.test" };
  const as = (p: Project = project) => ({ project: p, actor: editor });

  type Writes = { create(db: Db, c: unknown): Promise<{ id: string; version: number }>; delete(db: Db, c: unknown): Promise<unknown> };
  const writesOf = (type: RecordType) => RECORD_WRITES[type] as unknown as Writes;

  /** A record of the type made from the tests' valid input, citing `cited`. */
  async function add(type: RecordType, cited = sourceId, p: Project = project) {
    const rows: RowRefs = { sourceId: cited, progressReport: NOWHERE, milestone: NOWHERE, forecast: NOWHERE, event: NOWHERE, fact: NOWHERE, spareSource: NOWHERE };
    const raw = ACTION_INPUTS[`create${capitalized(type)}` as ActionName](p.slug, rows);
    const input = RECORD_TYPES[type].schemas.create.parse(type === "source" ? { ...raw, outlet: `Synthetic outlet ${randomUUID().slice(0, 6)}` } : raw);
    return writesOf(type).create(db, { ...as(p), input });
  }
  const remove = (type: RecordType, row: { id: string; version: number }, p: Project = project) =>
    writesOf(type).delete(db, { ...as(p), input: deleteRecordSchema.parse({ projectSlug: p.slug, id: row.id, version: row.version }) });
  const restore = (type: RecordType, id: string, p: Project = project) =>
    restoreRecord(db, { ...as(p), input: { entity: RECORD_TYPES[type].entity, id } }) as Promise<{ id: string; version: number }>;
  const auditCount = async () => (await db.select({ n: count() }).from(auditEntries))[0]!.n;

  /** Runs a restore that must fail, and checks it left no audit entry behind. */
  async function refused(write: () => Promise<unknown>) {
    const before = await auditCount();
    const error = await write().then(() => null, (e: unknown) => e);
    expect(await auditCount()).toBe(before);
    return error;
  }

  beforeAll(async () => {
    t = await backend.open();
    db = t.db;
    const made = await db
      .insert(projects)
      .values([
        { slug: "synthetic-restore", name: "Synthetic restore project", summary: "", location: "Nowhere" },
        { slug: "synthetic-restore-other", name: "Synthetic other project", summary: "", location: "Nowhere" },
      ])
      .returning();
    [project, other] = [made[0]!, made[1]!];
    await db.insert(user).values({ id: editor.id, name: "Editor", email: editor.email, role: "editor" });
    sourceId = (await add("source")).id;
  });
  afterAll(() => t?.close());

  it("lists a type's deleted records not restored since, newest first, in this project only", async () => {
    const entity = RECORD_TYPES.fact.entity;
    const listed = async (p: Project = project) => (await listDeletedRecords(db, { projectId: p.id, entity })).map((c) => c.entityId);
    const before = await listed();
    const [first, second, elsewhere] = [await add("fact"), await add("fact"), await add("fact", (await add("source", undefined, other)).id, other)];
    await remove("fact", first);
    await remove("fact", second);
    await remove("fact", elsewhere, other);
    expect(await listed()).toEqual([second.id, first.id, ...before]);
    expect(await listed(other)).toContain(elsewhere.id);
    expect(await listed()).not.toContain(elsewhere.id);

    // Restored, it is no longer offered; deleted again, it is offered once, by its latest deletion.
    const back = await restore("fact", first.id);
    expect(await listed()).toEqual([second.id, ...before]);
    await remove("fact", back);
    const again = await listDeletedRecords(db, { projectId: project.id, entity });
    expect(again.filter((c) => c.entityId === first.id)).toHaveLength(1);
    expect(again[0]).toMatchObject({ entityId: first.id, action: "delete" });
  });

  it.each(Object.keys(RECORD_TYPES) as RecordType[])("a deleted %s comes back as it was, under its id, one version on", async (type) => {
    const created = await add(type);
    await remove(type, created);
    const restored = await restore(type, created.id);
    expect(restored).toEqual({ ...created, version: created.version + 1 });

    const [entry] = await getRecordHistory(db, { projectId: project.id, entity: RECORD_TYPES[type].entity, entityId: created.id });
    expect(entry).toMatchObject({ action: "restore", actor: editor.email, before: null, after: { id: created.id, version: created.version + 1 } });
    expect(describeChange(entry!).title).toMatch(new RegExp(`^${capitalized(RECORD_TYPES[type].noun)} restored`));
  });

  it("brings back a milestone's sources and an event's projects", async () => {
    const milestone = await add("milestone");
    await remove("milestone", milestone);
    expect(await db.select().from(milestoneSources).where(eq(milestoneSources.milestoneId, milestone.id))).toEqual([]);
    await restore("milestone", milestone.id);
    expect(await db.select().from(milestoneSources).where(eq(milestoneSources.milestoneId, milestone.id))).toEqual([{ milestoneId: milestone.id, sourceId }]);

    const event = await add("event");
    await remove("event", event);
    await restore("event", event.id);
    expect(await db.select().from(eventProjects).where(eq(eventProjects.eventId, event.id))).toEqual([{ eventId: event.id, projectId: project.id }]);
    const [entry] = await getRecordHistory(db, { projectId: project.id, entity: "event", entityId: event.id });
    expect(entry!.after).toMatchObject({ projectIds: [project.id] });
  });

  it("refuses a record that exists again, without a trace", async () => {
    const fact = await add("fact");
    await remove("fact", fact);
    await restore("fact", fact.id);
    expect(await refused(() => restore("fact", fact.id))).toBeInstanceOf(RuleError);
  });

  it("refuses when a source the record cited is gone, and names the field", async () => {
    const spare = await add("source");
    const fact = await add("fact", spare.id);
    await remove("fact", fact);
    await remove("source", spare);
    const error = await refused(() => restore("fact", fact.id));
    expect(error).toBeInstanceOf(RuleError);
    expect((error as RuleError).fieldErrors).toHaveProperty("sourceId");
  });

  it("refuses when the milestone a derived forecast counted from is gone", async () => {
    const start = await add("milestone");
    const input = RECORD_TYPES.forecast.schemas.create.parse({ projectSlug: project.slug, derivedFrom: start.id, duration: "18 months", claimed: "2026-01", sourceId, accepted: true });
    const forecast = await writesOf("forecast").create(db, { ...as(), input });
    await remove("forecast", forecast);
    await remove("milestone", start);
    expect(((await refused(() => restore("forecast", forecast.id))) as RuleError).fieldErrors).toHaveProperty("derivedFrom");
  });

  it("refuses to restore one project's deletion from another project", async () => {
    const report = await add("progressReport");
    await remove("progressReport", report);
    expect(await refused(() => restore("progressReport", report.id, other))).toBeInstanceOf(NotFoundError);
    expect(await refused(() => restore("progressReport", randomUUID()))).toBeInstanceOf(NotFoundError);
  });

  it("keeps a report's recorder label when the account is gone", async () => {
    const gone = { id: `user-${randomUUID()}`, email: "gone@bridgewatch.test" };
    await db.insert(user).values({ id: gone.id, name: "Gone", email: gone.email, role: "editor" });
    const rows: RowRefs = { sourceId, progressReport: NOWHERE, milestone: NOWHERE, forecast: NOWHERE, event: NOWHERE, fact: NOWHERE, spareSource: NOWHERE };
    const input = RECORD_TYPES.progressReport.schemas.create.parse(ACTION_INPUTS.createProgressReport(project.slug, rows));
    const report = await writesOf("progressReport").create(db, { project, actor: gone, input });
    await remove("progressReport", report);
    await db.delete(user).where(eq(user.id, gone.id));
    expect(await restore("progressReport", report.id)).toMatchObject({ id: report.id, recordedBy: gone.email });
  });

  it("the restore entry reads in words with the source's outlet", async () => {
    const fact = await add("fact");
    await remove("fact", fact);
    await restore("fact", fact.id);
    const [row] = await db.select().from(auditEntries).where(and(eq(auditEntries.entityId, fact.id), eq(auditEntries.action, "restore")));
    const words = describeChange(toChangeData(row!), { sourceNames: { [sourceId]: "Synthetic Outlet" } });
    expect(words.title).toBe("Project fact restored: “length: 1.2 km”");
    expect(words.fields).toContainEqual({ label: "Source", before: null, after: "Synthetic Outlet" });
  });
});

describe.each(backends)("last visits on $name", (backend) => {
  let t: TestDatabase;
  let db: Db;
  let projectIds: string[];
  const userId = `user-${randomUUID()}`;

  beforeAll(async () => {
    t = await backend.open();
    db = t.db;
    const rows = await db
      .insert(projects)
      .values([
        { slug: "synthetic-visits", name: "Synthetic visits", summary: "", location: "Nowhere" },
        { slug: "synthetic-visits-other", name: "Synthetic visits, other", summary: "", location: "Nowhere" },
      ])
      .returning();
    projectIds = rows.map((p) => p.id);
    await db.insert(user).values({ id: userId, name: "Reader", email: "reader@bridgewatch.test", role: "viewer" });
  });
  afterAll(() => t?.close());

  it("answers the previous visit, per project, and keeps only the latest", async () => {
    const [first, second] = [new Date("2026-11-01T10:00:00Z"), new Date("2026-11-02T10:00:00Z")];
    expect(await recordVisit(db, { userId, projectId: projectIds[0]!, now: first })).toBeNull();
    expect(await recordVisit(db, { userId, projectId: projectIds[0]!, now: second })).toEqual(first);
    expect(await recordVisit(db, { userId, projectId: projectIds[1]!, now: second })).toBeNull();
    expect(await recordVisit(db, { userId, projectId: projectIds[0]! })).toEqual(second);
    expect(await db.select().from(projectVisits).where(eq(projectVisits.userId, userId))).toHaveLength(2);
  });

  it("goes with the user and with the project", async () => {
    await db.delete(projects).where(eq(projects.id, projectIds[1]!));
    expect(await db.select().from(projectVisits).where(eq(projectVisits.userId, userId))).toHaveLength(1);
    await db.delete(user).where(eq(user.id, userId));
    expect(await db.select().from(projectVisits)).toEqual([]);
  });
});
