import { asc, eq } from "drizzle-orm";
import type { Db } from "../../connection";
import type { MilestoneData } from "../../dashboard-data";
import { toMilestoneData } from "../../queries/mappers";
import { milestoneSources, milestones } from "../../schema";
import type { CreateMilestoneInput, DeleteRecordInput, UpdateMilestoneInput } from "../schemas";
import {
  deleteAtVersion,
  logCreated,
  requireSourceInProject,
  updateAtVersion,
  type ChangeContext,
  type RecordKind,
} from "../versioned";

async function sourceIdsOf(tx: Db, milestoneId: string): Promise<string[]> {
  const links = await tx
    .select({ sourceId: milestoneSources.sourceId })
    .from(milestoneSources)
    .where(eq(milestoneSources.milestoneId, milestoneId))
    .orderBy(asc(milestoneSources.sourceId));
  return links.map((l) => l.sourceId);
}

export const milestoneKind: RecordKind<typeof milestones, MilestoneData> = {
  table: milestones,
  entity: "milestone",
  label: "The milestone",
  inProject: (projectId) => eq(milestones.projectId, projectId),
  present: async (tx, row) => toMilestoneData(row, await sourceIdsOf(tx, row.id)),
  // As the seed writes it: the row with the sources it rests on.
  audited: async (tx, row) => ({ ...row, sourceIds: await sourceIdsOf(tx, row.id) }),
};

const window = (d: { earliest: string; latest: string; text: string } | null) =>
  d ? { earliest: d.earliest, latest: d.latest, text: d.text } : { earliest: null, latest: null, text: null };

function columns(input: CreateMilestoneInput | UpdateMilestoneInput) {
  const planned = window(input.planned);
  const actual = window(input.actual);
  return {
    title: input.title,
    plannedEarliest: planned.earliest,
    plannedLatest: planned.latest,
    plannedText: planned.text,
    actualEarliest: actual.earliest,
    actualLatest: actual.latest,
    actualText: actual.text,
    status: input.status,
  };
}

/** The cited source joins the milestone's sources; a source cited before stays cited. */
const linkSource = (tx: Db, milestoneId: string, sourceId: string) =>
  tx.insert(milestoneSources).values({ milestoneId, sourceId }).onConflictDoNothing();

export function createMilestone(db: Db, { input, ...context }: ChangeContext & { input: CreateMilestoneInput }): Promise<MilestoneData> {
  return db.transaction(async (tx) => {
    await requireSourceInProject(tx, context.project.id, input.sourceId);
    const [row] = await tx
      .insert(milestones)
      .values({ projectId: context.project.id, kind: input.kind, ...columns(input) })
      .returning();
    await linkSource(tx, row!.id, input.sourceId);
    return logCreated(tx, milestoneKind, context, row!);
  });
}

/** Planned and actual dates, status and title, each change resting on the source given with it. */
export function updateMilestone(db: Db, { input, ...context }: ChangeContext & { input: UpdateMilestoneInput }): Promise<MilestoneData> {
  return db.transaction(async (tx) => {
    await requireSourceInProject(tx, context.project.id, input.sourceId);
    return updateAtVersion(tx, milestoneKind, context, input, columns(input), async (row) => {
      await linkSource(tx, row.id, input.sourceId);
    });
  });
}

export function deleteMilestone(db: Db, { input, ...context }: ChangeContext & { input: DeleteRecordInput }): Promise<{ id: string }> {
  return db.transaction((tx) => deleteAtVersion(tx, milestoneKind, context, input));
}
