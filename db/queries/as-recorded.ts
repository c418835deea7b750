import "server-only";
/*
 * The "as recorded" view: what Bridgewatch itself held at the end of a day (UTC), replayed from
 * the audit trail. For each record, its latest audit entry at or before the end of that day
 * decides: a delete means it was gone; otherwise its `after` (the row as JSON, with the links
 * the writes add: a milestone's sourceIds, an event's projectIds) goes through the same mappers
 * as the live rows. A record never written through the audited writes has no history to replay.
 */
import { and, asc, desc, eq, lt } from "drizzle-orm";
import type { Db } from "../connection";
import type { DashboardLists } from "../dashboard-data";
import { addDays } from "../domain/calendar-day";
import { toEventData } from "../mappers/event";
import { toFactData } from "../mappers/fact";
import { toForecastData } from "../mappers/forecast";
import { toMilestoneData } from "../mappers/milestone";
import { toReportData, type Audience } from "../mappers/progress-report";
import { toSourceData } from "../mappers/source";
import { RECORD_TYPES } from "../records";
import { auditEntries, projects, type CompletionForecast, type Event, type Milestone, type ProgressReport, type ProjectFact, type Source } from "../schema";
import { compareEvents, compareMilestones } from "./mappers";

/** The instants a row's JSON holds as ISO strings, which the mappers read as Dates. */
const INSTANTS = ["createdAt", "updatedAt", "recordedAt"] as const;

function revive<Row>(json: Record<string, unknown>): Row {
  const row: Record<string, unknown> = { ...json };
  for (const key of INSTANTS) if (typeof row[key] === "string") row[key] = new Date(row[key]);
  return row as Row;
}

type Json = Record<string, unknown>;
const createdAtOf = (row: { createdAt?: Date }) => row.createdAt?.getTime() ?? 0;
const byCreation = <R extends { createdAt?: Date }>(a: R, b: R) => createdAtOf(a) - createdAtOf(b);

/** The first instant after `day` ends, in UTC. */
export const endOfDayUtc = (day: string) => new Date(`${addDays(day, 1)}T00:00:00.000Z`);

/** Each record's latest audit entry up to the end of `day` (UTC), deletes included. */
async function latestEntries(db: Db, projectId: string, day: string) {
  return db
    .selectDistinctOn([auditEntries.entity, auditEntries.entityId], {
      entity: auditEntries.entity,
      action: auditEntries.action,
      after: auditEntries.after,
    })
    .from(auditEntries)
    .where(and(eq(auditEntries.projectId, projectId), lt(auditEntries.at, endOfDayUtc(day))))
    .orderBy(asc(auditEntries.entity), asc(auditEntries.entityId), desc(auditEntries.at), desc(auditEntries.id));
}

/** The lists of the project's dashboard as Bridgewatch held them at the end of `day`; null when no project has the slug. */
export async function listsAsRecorded(
  db: Db,
  { slug, day, audience }: { slug: string; day: string; audience: Audience },
): Promise<DashboardLists | null> {
  const [project] = await db.select({ id: projects.id }).from(projects).where(eq(projects.slug, slug));
  if (!project) return null;
  const rows = new Map<string, Json[]>();
  for (const entry of await latestEntries(db, project.id, day)) {
    if (entry.action === "delete" || entry.after === null || typeof entry.after !== "object") continue;
    rows.set(entry.entity, [...(rows.get(entry.entity) ?? []), entry.after as Json]);
  }
  const of = <Row>(entity: string) => (rows.get(entity) ?? []).map((json) => revive<Row>(json));

  const milestoneRows = of<Milestone & { sourceIds?: string[] }>(RECORD_TYPES.milestone.entity).sort(byCreation);
  const eventRows = of<Event & { projectIds?: string[] }>(RECORD_TYPES.event.entity).filter(
    (e) => !e.projectIds || e.projectIds.includes(project.id),
  );
  const sourceRows = of<Source>(RECORD_TYPES.source.entity).sort(
    (a, b) =>
      a.publishedLatest.localeCompare(b.publishedLatest) ||
      a.publishedEarliest.localeCompare(b.publishedEarliest) ||
      a.outlet.localeCompare(b.outlet),
  );
  return {
    milestones: milestoneRows.map((row) => toMilestoneData(row, row.sourceIds ?? [])).sort(compareMilestones),
    forecasts: of<CompletionForecast>(RECORD_TYPES.forecast.entity).sort(byCreation).map(toForecastData),
    reports: of<ProgressReport>(RECORD_TYPES.progressReport.entity).map((row) => toReportData(row, audience)),
    events: eventRows.sort(compareEvents).map(toEventData),
    sources: sourceRows.map(toSourceData),
    facts: of<ProjectFact>(RECORD_TYPES.fact.entity).sort(byCreation).map(toFactData),
  };
}
