import { asc, eq } from "drizzle-orm";
import type { Db } from "../../connection";
import { milestoneColumns, toMilestoneData } from "../../mappers/milestone";
import { milestoneRecord, type MilestoneFields } from "../../records/milestone";
import { milestoneSources, milestones } from "../../schema";
import { recordWrites } from "../record-writes";
import type { MilestoneKind } from "../../records/vocabulary";

async function sourceIdsOf(tx: Db, milestoneId: string): Promise<string[]> {
  const links = await tx
    .select({ sourceId: milestoneSources.sourceId })
    .from(milestoneSources)
    .where(eq(milestoneSources.milestoneId, milestoneId))
    .orderBy(asc(milestoneSources.sourceId));
  return links.map((l) => l.sourceId);
}

/** Planned and actual dates, status and title; each change rests on the source given with it. */
export const milestoneWrites = recordWrites<typeof milestones, ReturnType<typeof toMilestoneData>, MilestoneFields, MilestoneFields & { kind: MilestoneKind }>({
  table: milestones,
  entity: milestoneRecord.entity,
  label: milestoneRecord.label,
  inProject: (projectId) => eq(milestones.projectId, projectId),
  present: async (tx, row) => toMilestoneData(row, await sourceIdsOf(tx, row.id)),
  // The row with the sources it rests on.
  audited: async (tx, row) => ({ ...row, sourceIds: await sourceIdsOf(tx, row.id) }),
  columns: milestoneColumns,
  created: (input, { project }) => ({ projectId: project.id, kind: input.kind }),
  cites: (fields) => fields.sourceId,
  // The cited source joins the milestone's sources; a source cited before stays cited.
  link: async (tx, row, { fields }) => {
    await tx.insert(milestoneSources).values({ milestoneId: row.id, sourceId: fields.sourceId }).onConflictDoNothing();
  },
});

export const { create: createMilestone, update: updateMilestone, delete: deleteMilestone } = milestoneWrites;
