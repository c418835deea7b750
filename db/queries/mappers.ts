import "server-only";
import type { ChangeData, ForecastData, MilestoneData, ProgressReportData, ProjectData } from "../dashboard-data";
import { compareFuzzy } from "../domain/fuzzy-date";
import { projectStatus, type StatusResult } from "../domain/status";
import type { AuditEntry, Event, Project } from "../schema";

export function toProjectData(row: Project): ProjectData {
  const { id, slug, name, summary, location, parties, updatedAt, version } = row;
  return { id, slug, name, summary, location, parties, updatedAt: updatedAt.toISOString(), version };
}

export function toChangeData(row: AuditEntry): ChangeData {
  const { id, action, entity, entityId, before, after } = row;
  return { id, at: row.at.toISOString(), actor: row.actorLabel, action, entity, entityId, before, after };
}

/** Milestones in the order they happen: by actual date, else planned date; undated ones last. */
export function compareMilestones(a: MilestoneData, b: MilestoneData): number {
  const dateA = a.actual ?? a.planned;
  const dateB = b.actual ?? b.planned;
  if (!dateA || !dateB) return dateA ? -1 : dateB ? 1 : 0;
  return compareFuzzy(dateA, dateB);
}

export function compareEvents(a: Event, b: Event): number {
  const byDate = compareFuzzy(
    { earliest: a.dateEarliest, latest: a.dateLatest, text: a.dateText },
    { earliest: b.dateEarliest, latest: b.dateLatest, text: b.dateText },
  );
  return byDate || a.createdAt.getTime() - b.createdAt.getTime() || a.title.localeCompare(b.title);
}

export function compareReports(a: ProgressReportData, b: ProgressReportData): number {
  return compareFuzzy(a.observed, b.observed) || a.recordedAt.localeCompare(b.recordedAt);
}

/**
 * The report the header and status speak of: the latest one that gives a %, because a later
 * qualitative note does not erase a figure; the latest of all only when none gives a %.
 */
export function latestReportOf<T extends ProgressReportData>(reports: T[]): T | null {
  const sorted = [...reports].sort(compareReports);
  return sorted.findLast((r) => r.percent !== null) ?? sorted.at(-1) ?? null;
}

/** Construction start: the day it actually began, else the day it was planned to. */
export function constructionStartOf(milestones: MilestoneData[]): string | null {
  const start = milestones.find((m) => m.kind === "construction_start" && (m.actual || m.planned));
  return (start?.actual ?? start?.planned)?.earliest ?? null;
}

export function statusOf(args: {
  today: string;
  milestones: MilestoneData[];
  planOfRecord: ForecastData | null;
  latestReport: ProgressReportData | null;
}): StatusResult {
  const { today, milestones, planOfRecord, latestReport } = args;
  const completed = milestones.find((m) => m.kind === "completion" && m.actual)?.actual ?? null;
  return projectStatus({
    today,
    constructionStart: constructionStartOf(milestones),
    plan: planOfRecord?.window ?? null,
    completedOn: completed,
    // The earliest day the observation can mean: a report proves work unfinished after the plan
    // only if it surely comes after it, and a report's age is never understated.
    latestReport: latestReport && { percent: latestReport.percent, observedOn: latestReport.observed.earliest },
  });
}
