/*
 * Writes the seeded project (db/seed-data.ts) with its audit trail. No `server-only` here:
 * the `db:seed` script runs it outside Next.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "./connection";
import { isExact, parseFuzzyDate } from "./domain/fuzzy-date";
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
  type Project,
} from "./schema";
import {
  SEED_ACTOR,
  SEED_EVENTS,
  SEED_FORECASTS,
  SEED_MILESTONES,
  SEED_PROJECT,
  SEED_REPORTS,
  SEED_SOURCES,
  type SeedSourceKey,
} from "./seed-data";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

function exactDayOf(text: string): string {
  const date = parseFuzzyDate(text);
  if (!isExact(date)) throw new Error(`Seed data: "${text}" must be a single day`);
  return date.earliest;
}

function optionalWindow(text: string | null) {
  if (text === null) return { earliest: null, latest: null, text: null };
  return parseFuzzyDate(text);
}

/**
 * Creates the seeded project and everything it holds, with one audit entry per record, in one
 * transaction. Idempotent: when the slug already exists it writes nothing. The slug is claimed by
 * an insert that skips on conflict, so two servers seeding at once cannot both write.
 */
export async function seedDatabase(db: Db): Promise<{ created: boolean }> {
  return db.transaction(async (tx) => {
    const [project] = await tx
      .insert(projects)
      .values({ ...SEED_PROJECT, parties: [...SEED_PROJECT.parties] })
      .onConflictDoNothing({ target: projects.slug })
      .returning();
    if (!project) return { created: false };
    await seedRecords(tx, project);
    return { created: true };
  });
}

async function seedRecords(tx: Tx, project: Project) {
  const projectId = project.id;
  const sourceIds = Object.fromEntries(
    Object.keys(SEED_SOURCES).map((key) => [key, randomUUID()]),
  ) as Record<SeedSourceKey, string>;

  const sourceRows = await tx
    .insert(sources)
    .values(
      Object.entries(SEED_SOURCES).map(([key, s]) => {
        const published = parseFuzzyDate(s.published);
        return {
          id: sourceIds[key as SeedSourceKey],
          projectId,
          outlet: s.outlet,
          title: s.title,
          url: s.url,
          publishedEarliest: published.earliest,
          publishedLatest: published.latest,
          publishedText: published.text,
          kind: s.kind,
        };
      }),
    )
    .returning();

  const milestoneSeeds = SEED_MILESTONES.map((m) => ({ ...m, id: randomUUID() }));
  const milestoneRows = await tx
    .insert(milestones)
    .values(
      milestoneSeeds.map((m) => {
        const planned = optionalWindow(m.planned);
        const actual = optionalWindow(m.actual);
        return {
          id: m.id,
          projectId,
          kind: m.kind,
          title: m.title,
          plannedEarliest: planned.earliest,
          plannedLatest: planned.latest,
          plannedText: planned.text,
          actualEarliest: actual.earliest,
          actualLatest: actual.latest,
          actualText: actual.text,
          status: m.status,
        };
      }),
    )
    .returning();
  const milestoneLinks = milestoneSeeds.flatMap((m) =>
    m.sources.map((key) => ({ milestoneId: m.id, sourceId: sourceIds[key] })),
  );
  await tx.insert(milestoneSources).values(milestoneLinks);

  const forecastRows = await tx
    .insert(completionForecasts)
    .values(
      SEED_FORECASTS.map((f) => {
        const claimed = parseFuzzyDate(f.window);
        return {
          projectId,
          windowEarliest: claimed.earliest,
          windowLatest: claimed.latest,
          windowText: claimed.text,
          claimedOn: exactDayOf(f.claimedOn),
          sourceId: sourceIds[f.source],
          accepted: f.accepted,
        };
      }),
    )
    .returning();

  const reportRows = await tx
    .insert(progressReports)
    .values(
      SEED_REPORTS.map((r) => {
        const observed = parseFuzzyDate(r.observed);
        return {
          projectId,
          observedEarliest: observed.earliest,
          observedLatest: observed.latest,
          observedText: observed.text,
          publishedOn: exactDayOf(r.publishedOn),
          percentComplete: r.percent,
          summary: r.summary,
          sourceId: sourceIds[r.source],
          evidenceKind: r.evidenceKind,
          confidence: r.confidence,
          recordedByLabel: SEED_ACTOR,
        };
      }),
    )
    .returning();

  const eventRows = await tx
    .insert(events)
    .values(
      SEED_EVENTS.map((e) => {
        const date = parseFuzzyDate(e.date);
        return {
          dateEarliest: date.earliest,
          dateLatest: date.latest,
          dateText: date.text,
          title: e.title,
          summary: e.summary,
          category: e.category,
          parties: e.parties,
          sourceId: sourceIds[e.source],
        };
      }),
    )
    .returning();
  await tx.insert(eventProjects).values(eventRows.map((e) => ({ eventId: e.id, projectId })));

  const linkedSources = (milestoneId: string) =>
    milestoneLinks.filter((l) => l.milestoneId === milestoneId).map((l) => l.sourceId);
  const created = (entity: string, row: { id: string }, after: object = row) => ({
    actorLabel: SEED_ACTOR,
    action: "create",
    entity,
    entityId: row.id,
    projectId,
    after,
  });
  await tx.insert(auditEntries).values([
    created("project", { id: projectId }, project),
    ...sourceRows.map((row) => created("source", row)),
    ...milestoneRows.map((row) => created("milestone", row, { ...row, sourceIds: linkedSources(row.id) })),
    ...forecastRows.map((row) => created("completion_forecast", row)),
    ...reportRows.map((row) => created("progress_report", row)),
    ...eventRows.map((row) => created("event", row, { ...row, projectIds: [projectId] })),
  ]);
}

/** Seeds on first start, when the database holds no project at all. */
export async function seedIfEmpty(db: Db): Promise<{ created: boolean }> {
  const [anyProject] = await db.select({ id: projects.id }).from(projects).limit(1);
  if (anyProject) return { created: false };
  return seedDatabase(db);
}
