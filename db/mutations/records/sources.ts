import { and, count, eq } from "drizzle-orm";
import type { Db } from "../../connection";
import type { SourceData } from "../../dashboard-data";
import { toSourceData } from "../../queries/mappers";
import { completionForecasts, events, milestoneSources, progressReports, sources } from "../../schema";
import { RuleError } from "../errors";
import type { CreateSourceInput, DeleteRecordInput, UpdateSourceInput } from "../schemas";
import { deleteAtVersion, logCreated, updateAtVersion, type ChangeContext, type RecordKind } from "../versioned";

export const sourceKind: RecordKind<typeof sources, SourceData> = {
  table: sources,
  entity: "source",
  label: "The source",
  inProject: (projectId) => eq(sources.projectId, projectId),
  present: (_tx, row) => toSourceData(row),
};

function columns(input: CreateSourceInput | UpdateSourceInput) {
  return {
    outlet: input.outlet,
    title: input.title,
    url: input.url,
    publishedEarliest: input.published.earliest,
    publishedLatest: input.published.latest,
    publishedText: input.published.text,
    kind: input.kind,
  };
}

export function createSource(db: Db, { input, ...context }: ChangeContext & { input: CreateSourceInput }): Promise<SourceData> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(sources)
      .values({ projectId: context.project.id, ...columns(input) })
      .returning();
    return logCreated(tx, sourceKind, context, row!);
  });
}

export function updateSource(db: Db, { input, ...context }: ChangeContext & { input: UpdateSourceInput }): Promise<SourceData> {
  return db.transaction((tx) => updateAtVersion(tx, sourceKind, context, input, columns(input)));
}

const CITING = [
  { what: ["progress report", "progress reports"], table: progressReports, column: progressReports.sourceId },
  { what: ["completion forecast", "completion forecasts"], table: completionForecasts, column: completionForecasts.sourceId },
  { what: ["event", "events"], table: events, column: events.sourceId },
  { what: ["milestone", "milestones"], table: milestoneSources, column: milestoneSources.sourceId },
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

const FOREIGN_KEY_VIOLATION = "23503";

/** Drizzle wraps the driver's error: the code may sit on a cause. */
function isForeignKeyViolation(error: unknown): boolean {
  let e = error;
  for (let depth = 0; typeof e === "object" && e !== null && depth < 5; depth++) {
    if ((e as { code?: unknown }).code === FOREIGN_KEY_VIOLATION) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

const stillCited = (by: string) =>
  new RuleError(`This source is still cited by ${by}. Point those records to another source, or delete them, first.`);

/** A source that something still cites stays: every figure, date and event keeps its evidence. */
export async function deleteSource(db: Db, { input, ...context }: ChangeContext & { input: DeleteRecordInput }): Promise<{ id: string }> {
  try {
    return await db.transaction(async (tx) => {
      // Only a source of this project is checked: another project's citations are none of this caller's business.
      const [own] = await tx
        .select({ id: sources.id })
        .from(sources)
        .where(and(eq(sources.id, input.id), eq(sources.projectId, context.project.id)));
      const by = own ? await citedBy(tx, input.id) : null;
      if (by) throw stillCited(by);
      return deleteAtVersion(tx, sourceKind, context, input);
    });
  } catch (error) {
    // A record citing it was added between the check and the delete: the foreign key refuses.
    if (isForeignKeyViolation(error)) throw stillCited("a record added just now");
    throw error;
  }
}
