import { and, count, eq } from "drizzle-orm";
import type { Db } from "../../connection";
import { sourceColumns, toSourceData } from "../../mappers/source";
import type { DeleteRecordInput } from "../../records/define";
import { completionForecasts, events, milestoneSources, progressReports, projectFacts, sources } from "../../schema";
import { isPgError, PG_ERROR, RuleError } from "../errors";
import { recordWrites } from "../record-writes";
import { deleteAtVersion, type ChangeContext } from "../versioned";
import { inTransaction } from "../transaction";
import { RECORD_TYPES } from "../../records";

const writes = recordWrites({
  table: sources,
  entity: RECORD_TYPES.source.entity,
  label: RECORD_TYPES.source.label,
  inProject: (projectId) => eq(sources.projectId, projectId),
  present: (_tx, row) => toSourceData(row),
  columns: sourceColumns,
  created: (_input, { project }) => ({ projectId: project.id }),
  cites: ({ viaSourceId }) => ({ viaSourceId }),
  verify: (tx, { viaSourceId }, target) => (target && viaSourceId ? refuseCarrierLoop(tx, target.id, viaSourceId) : Promise.resolve()),
});

export const { create: createSource, update: updateSource } = writes;

// Longer chains of carriers than this are not followed: no wire story passes through so many hands.
const MAX_CARRIERS = 20;

/** A source may not be carried by itself, nor by a source that it carries, however far along. */
async function refuseCarrierLoop(tx: Db, id: string, via: string): Promise<void> {
  const refuse = (message: string) => {
    throw new RuleError(message, { viaSourceId: ["Choose the outlet that carried it, or none."] });
  };
  if (via === id) refuse("A source cannot be carried by itself.");
  let next: string | null = via;
  // One after another: a transaction is one connection, which runs one query at a time.
  for (let step = 0; next && step < MAX_CARRIERS; step++) {
    const [row]: { via: string | null }[] = await tx.select({ via: sources.viaSourceId }).from(sources).where(eq(sources.id, next));
    next = row?.via ?? null;
    if (next === id) refuse("These sources would carry each other in a loop.");
  }
}

const CITING = [
  { what: ["progress report", "progress reports"], table: progressReports, column: progressReports.sourceId },
  { what: ["completion forecast", "completion forecasts"], table: completionForecasts, column: completionForecasts.sourceId },
  { what: ["event", "events"], table: events, column: events.sourceId },
  { what: ["milestone", "milestones"], table: milestoneSources, column: milestoneSources.sourceId },
  { what: ["project fact", "project facts"], table: projectFacts, column: projectFacts.sourceId },
  { what: ["source it carried", "sources it carried"], table: sources, column: sources.viaSourceId },
] as const;

/** "2 progress reports and 1 event", or null when nothing cites the source. */
async function citedBy(tx: Db, sourceId: string): Promise<string | null> {
  const parts: string[] = [];
  // One after another: a transaction is one connection, which runs one query at a time.
  for (const { what, table, column } of CITING) {
    const [row] = await tx.select({ n: count() }).from(table).where(eq(column, sourceId));
    const n = row?.n ?? 0;
    if (n > 0) parts.push(`${n} ${what[n === 1 ? 0 : 1]}`);
  }
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

const stillCited = (by: string) =>
  new RuleError(`This source is still cited by ${by}. Point those records to another source, or delete them, first.`);

/** A source that something still cites stays: every figure, date and event keeps its evidence. */
export async function deleteSource(db: Db, { input, ...context }: ChangeContext & { input: DeleteRecordInput }): Promise<{ id: string }> {
  try {
    return await inTransaction(db, async (tx) => {
      // Only a source of this project is checked: another project's citations are none of this caller's business.
      const [own] = await tx
        .select({ id: sources.id })
        .from(sources)
        .where(and(eq(sources.id, input.id), eq(sources.projectId, context.project.id)));
      const by = own ? await citedBy(tx, input.id) : null;
      if (by) throw stillCited(by);
      return deleteAtVersion(tx, { store: writes.store, context, target: input });
    });
  } catch (error) {
    // A record citing it was added between the check and the delete: the foreign key refuses.
    if (isPgError(error, PG_ERROR.foreignKeyViolation)) throw stillCited("a record added just now");
    throw error;
  }
}

/** A source's writes: the shared add and correct, and a delete that refuses while it is cited. */
export const sourceWrites = { ...writes, delete: deleteSource };
