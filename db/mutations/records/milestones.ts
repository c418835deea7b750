import { and, asc, count, eq } from "drizzle-orm";
import type { Db } from "../../connection";
import { milestoneColumns, toMilestoneData } from "../../mappers/milestone";
import type { MilestoneFields } from "../../records/milestone";
import type { DeleteRecordInput } from "../../records/define";
import { completionForecasts, milestoneSources, milestones } from "../../schema";
import { isPgError, PG_ERROR, RuleError } from "../errors";
import { recordWrites } from "../record-writes";
import { inTransaction } from "../transaction";
import { deleteAtVersion, type ChangeContext } from "../versioned";
import type { MilestoneKind } from "../../records/vocabulary";
import { RECORD_TYPES } from "../../records";

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
  entity: RECORD_TYPES.milestone.entity,
  label: RECORD_TYPES.milestone.label,
  inProject: (projectId) => eq(milestones.projectId, projectId),
  present: async (tx, row) => toMilestoneData(row, await sourceIdsOf(tx, row.id)),
  // The row with the sources it rests on.
  audited: async (tx, row) => ({ ...row, sourceIds: await sourceIdsOf(tx, row.id) }),
  columns: milestoneColumns,
  created: (input, { project }) => ({ projectId: project.id, kind: input.kind }),
  cites: ({ sourceId }) => ({ sourceId }),
  // The kind is fixed at creation, so a correction is checked against the stored one.
  verify: async (tx, { label }, target) => {
    if (!target || label) return;
    const [row] = await tx.select({ kind: milestones.kind }).from(milestones).where(eq(milestones.id, target.id));
    if (row?.kind === "structural") throw new RuleError("A structural stage needs its name.", { label: ["Name the structural stage, e.g. foundations laid or spans joined."] });
  },
  // The cited source joins the milestone's sources; a source cited before stays cited.
  link: async (tx, row, { fields }) => {
    await tx.insert(milestoneSources).values({ milestoneId: row.id, sourceId: fields.sourceId }).onConflictDoNothing();
  },
});

const writes = milestoneWrites;

/** A milestone that derived forecasts count from stays: their windows are computed from its date. */
const countedFrom = (what: string, them: string) => new RuleError(`${what} from this milestone. Correct or delete ${them} first.`);

export async function deleteMilestone(db: Db, { input, ...context }: ChangeContext & { input: DeleteRecordInput }): Promise<{ id: string }> {
  try {
    return await inTransaction(db, async (tx) => {
      const [row] = await tx
        .select({ n: count() })
        .from(completionForecasts)
        .where(and(eq(completionForecasts.derivedFromMilestoneId, input.id), eq(completionForecasts.projectId, context.project.id)));
      const n = row?.n ?? 0;
      if (n > 0) throw countedFrom(n === 1 ? "1 completion forecast counts" : `${n} completion forecasts count`, n === 1 ? "it" : "them");
      return deleteAtVersion(tx, { store: writes.store, context, target: input });
    });
  } catch (error) {
    // A forecast counting from it was added between the check and the delete: the foreign key refuses.
    if (isPgError(error, PG_ERROR.foreignKeyViolation)) throw countedFrom("A completion forecast added just now counts", "it");
    throw error;
  }
}

export const { create: createMilestone, update: updateMilestone } = writes;
export const milestoneRecordWrites = { ...writes, delete: deleteMilestone };
