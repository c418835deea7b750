import "server-only";
import type { ChangeData, MilestoneData, ProjectData } from "../dashboard-data";
import { compareFuzzy } from "../domain/fuzzy-date";
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
