import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../connection";
import { eventColumns, toEventData } from "../../mappers/event";
import { eventProjects, events } from "../../schema";
import { recordWrites } from "../record-writes";
import { RECORD_TYPES } from "../../records";

async function projectIdsOf(tx: Db, eventId: string): Promise<string[]> {
  const links = await tx
    .select({ projectId: eventProjects.projectId })
    .from(eventProjects)
    .where(eq(eventProjects.eventId, eventId))
    .orderBy(asc(eventProjects.projectId));
  return links.map((l) => l.projectId);
}

/**
 * Events belong to projects through event_projects, so "in this project" is a link, not a
 * column. Deleting one deletes the event itself (and so its links): it cites a source of this project.
 */
export const eventWrites = recordWrites({
  table: events,
  entity: RECORD_TYPES.event.entity,
  label: RECORD_TYPES.event.label,
  inProject: (projectId) =>
    sql`${events.id} in (select ${eventProjects.eventId} from ${eventProjects} where ${eventProjects.projectId} = ${projectId})`,
  present: (_tx, row) => toEventData(row),
  // The row with the projects it relates to.
  audited: async (tx, row) => ({ ...row, projectIds: await projectIdsOf(tx, row.id) }),
  columns: eventColumns,
  created: () => ({}),
  cites: ({ sourceId }) => ({ sourceId }),
  link: async (tx, row, { context, created }) => {
    if (created) await tx.insert(eventProjects).values({ eventId: row.id, projectId: context.project.id });
  },
});

export const { create: createEvent, update: updateEvent, delete: deleteEvent } = eventWrites;
