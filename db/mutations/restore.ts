/*
 * Restoring a deleted record from its delete entry in the audit trail: the row comes back as it
 * was, under the same id, with the links it kept (a milestone's sources, an event's projects).
 * Its version is the deleted row's plus one, so a form still open on the old row meets a
 * conflict rather than writing over the restored one. What it cited must still be there: a
 * restore never brings back a source or milestone that was deleted since.
 */
import { and, desc, eq, getTableColumns, inArray } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Db } from "../connection";
import { HISTORY_ENTITIES, RECORD_TYPES, type HistoryEntity, type RecordType } from "../records";
import { rowId, slug } from "../records/fields";
import { auditEntries, eventProjects, milestoneSources, projects, user } from "../schema";
import { isPgError, NotFoundError, PG_ERROR, RuleError } from "./errors";
import { RECORD_WRITES } from "./records";
import { inTransaction } from "./transaction";
import { logCreated, requireInProject, type ChangeContext, type RecordStore, type RowOf } from "./versioned";

export const restoreRecordSchema = z.object({
  projectSlug: slug,
  entity: z.enum(HISTORY_ENTITIES as [HistoryEntity, ...HistoryEntity[]], { error: "Name the kind of record to restore." }),
  id: rowId,
});
export type RestoreRecordInput = z.infer<typeof restoreRecordSchema>;

type Row = Record<string, unknown>;

/** "Project fact restored.": what the editor is told. */
export function restoredMessage(entity: HistoryEntity): string {
  const noun = RECORD_TYPES[typeOf(entity)].noun;
  return `${noun.charAt(0).toUpperCase()}${noun.slice(1)} restored.`;
}
type AnyStore = RecordStore<never, unknown>;

const typeOf = (entity: HistoryEntity) =>
  (Object.keys(RECORD_TYPES) as RecordType[]).find((type) => RECORD_TYPES[type].entity === entity)!;

/** The row as the delete entry kept it, typed back for its table: instants as dates, links left out. */
function rowFrom(table: PgTable, kept: Row, projectId: string): Row {
  const values: Row = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    if (!(key in kept)) continue;
    const value = kept[key];
    values[key] = column.columnType === "PgTimestamp" && typeof value === "string" ? new Date(value) : value;
  }
  if ("projectId" in getTableColumns(table)) values.projectId = projectId;
  values.version = (typeof kept.version === "number" ? kept.version : 0) + 1;
  values.updatedAt = new Date();
  return values;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

const gone = (what: string, field: string) =>
  new RuleError(`The ${what} this record cited has been deleted since. Restore or add it first, then restore this record.`, {
    [field]: [`The ${what} is no longer one of this project's ${what}s.`],
  });

/** Every source and milestone the row cites must still be one of the project's; locked until commit. */
async function requireCited(tx: Db, kept: Row, projectId: string): Promise<void> {
  const cited: [field: string, id: string][] = [
    ...(["sourceId", "viaSourceId"] as const).filter((k) => typeof kept[k] === "string").map((k) => [k, kept[k] as string] as [string, string]),
    ...strings(kept.sourceIds).map((id) => ["sourceId", id] as [string, string]),
  ];
  for (const [field, id] of cited) await requireInProject(tx, { kind: "source", projectId, id, field, refusal: gone("source", field) });
  const from = kept.derivedFromMilestoneId;
  if (typeof from === "string") {
    await requireInProject(tx, { kind: "milestone", projectId, id: from, field: "derivedFrom", refusal: gone("milestone", "derivedFrom") });
  }
}

/** The latest delete entry of this record in this project: what the restore brings back. */
async function deleteEntryOf(tx: Db, projectId: string, entity: HistoryEntity, id: string) {
  const [entry] = await tx
    .select({ before: auditEntries.before })
    .from(auditEntries)
    .where(and(eq(auditEntries.projectId, projectId), eq(auditEntries.entity, entity), eq(auditEntries.entityId, id), eq(auditEntries.action, "delete")))
    .orderBy(desc(auditEntries.at), desc(auditEntries.id))
    .limit(1);
  return entry?.before && typeof entry.before === "object" ? (entry.before as Row) : null;
}

export async function restoreRecord(db: Db, { input, ...context }: ChangeContext & { input: Pick<RestoreRecordInput, "entity" | "id"> }): Promise<unknown> {
  const type = typeOf(input.entity);
  const store = RECORD_WRITES[type].store as unknown as AnyStore;
  const table = store.table as unknown as PgTable;
  const idColumn = getTableColumns(table).id!;
  const projectId = context.project.id;
  const existsAgain = new RuleError(`${RECORD_TYPES[type].label} exists again: there is nothing to restore.`);
  try {
    return await inTransaction(db, async (tx) => {
      const kept = await deleteEntryOf(tx, projectId, input.entity, input.id);
      if (!kept) throw new NotFoundError(`A deletion of ${RECORD_TYPES[type].label.toLowerCase()}`);
      const [existing] = await tx.select({ id: idColumn }).from(table).where(eq(idColumn, input.id));
      if (existing) throw existsAgain;
      await requireCited(tx, kept, projectId);

      const values = rowFrom(table, kept, projectId);
      // Who first recorded a report may have lost their account since: the label stays, the link goes.
      if (typeof values.recordedBy === "string") {
        const [account] = await tx.select({ id: user.id }).from(user).where(eq(user.id, values.recordedBy));
        if (!account) values.recordedBy = null;
      }
      const [row] = (await tx.insert(table).values(values as never).returning()) as RowOf<never>[];
      await restoreLinks(tx, type, input.id, kept, projectId);
      // Logged as every record write is: the audit entry, then the project's version once per transaction.
      return logCreated(tx, { store, context, row: row!, action: "restore" });
    });
  } catch (error) {
    // Two editors restoring it at once: the second insert meets the first's row.
    if (isPgError(error, PG_ERROR.uniqueViolation)) throw existsAgain;
    throw error;
  }
}

async function restoreLinks(tx: Db, type: RecordType, id: string, kept: Row, projectId: string): Promise<void> {
  if (type === "milestone") {
    const cited = [...new Set(strings(kept.sourceIds))];
    if (cited.length) await tx.insert(milestoneSources).values(cited.map((sourceId) => ({ milestoneId: id, sourceId })));
  }
  if (type === "event") {
    // The event's other projects, those that still exist; always this one.
    const listed = strings(kept.projectIds).filter((p) => p !== projectId);
    const still = listed.length ? (await tx.select({ id: projects.id }).from(projects).where(inArray(projects.id, listed))).map((p) => p.id) : [];
    await tx.insert(eventProjects).values([projectId, ...still].map((p) => ({ eventId: id, projectId: p })));
  }
}
