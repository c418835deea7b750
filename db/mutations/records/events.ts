import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../connection";
import type { EventData } from "../../dashboard-data";
import { toEventData } from "../../queries/mappers";
import { eventProjects, events } from "../../schema";
import type { CreateEventInput, DeleteRecordInput, UpdateEventInput } from "../schemas";
import {
  deleteAtVersion,
  logCreated,
  requireSourceInProject,
  updateAtVersion,
  type ChangeContext,
  type RecordKind,
} from "../versioned";

async function projectIdsOf(tx: Db, eventId: string): Promise<string[]> {
  const links = await tx
    .select({ projectId: eventProjects.projectId })
    .from(eventProjects)
    .where(eq(eventProjects.eventId, eventId))
    .orderBy(asc(eventProjects.projectId));
  return links.map((l) => l.projectId);
}

/** Events belong to projects through event_projects, so "in this project" is a link, not a column. */
export const eventKind: RecordKind<typeof events, EventData> = {
  table: events,
  entity: "event",
  label: "The event",
  inProject: (projectId) =>
    sql`${events.id} in (select ${eventProjects.eventId} from ${eventProjects} where ${eventProjects.projectId} = ${projectId})`,
  present: (_tx, row) => toEventData(row),
  // As the seed writes it: the row with the projects it relates to.
  audited: async (tx, row) => ({ ...row, projectIds: await projectIdsOf(tx, row.id) }),
};

function columns(input: CreateEventInput | UpdateEventInput) {
  return {
    dateEarliest: input.date.earliest,
    dateLatest: input.date.latest,
    dateText: input.date.text,
    title: input.title,
    summary: input.summary,
    category: input.category,
    parties: input.parties,
    sourceId: input.sourceId,
  };
}

export function createEvent(db: Db, { input, ...context }: ChangeContext & { input: CreateEventInput }): Promise<EventData> {
  return db.transaction(async (tx) => {
    await requireSourceInProject(tx, context.project.id, input.sourceId);
    const [row] = await tx.insert(events).values(columns(input)).returning();
    await tx.insert(eventProjects).values({ eventId: row!.id, projectId: context.project.id });
    return logCreated(tx, eventKind, context, row!);
  });
}

export function updateEvent(db: Db, { input, ...context }: ChangeContext & { input: UpdateEventInput }): Promise<EventData> {
  return db.transaction(async (tx) => {
    await requireSourceInProject(tx, context.project.id, input.sourceId);
    return updateAtVersion(tx, eventKind, context, input, columns(input));
  });
}

/** Deletes the event itself (and so its links): it cites a source of this project. */
export function deleteEvent(db: Db, { input, ...context }: ChangeContext & { input: DeleteRecordInput }): Promise<{ id: string }> {
  return db.transaction((tx) => deleteAtVersion(tx, eventKind, context, input));
}
