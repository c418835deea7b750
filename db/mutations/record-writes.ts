/*
 * Add, correct and delete for one record type, from its store: every type's writes take the
 * same path (source check, versioned write, audit entry, all in one transaction), so a type
 * declares only what is its own: its columns, and the links it keeps in other tables.
 */
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../connection";
import type { DeleteRecordInput } from "../records/define";
import {
  deleteAtVersion,
  logCreated,
  requireInProject,
  updateAtVersion,
  type ChangeContext,
  type RecordStore,
  type RowOf,
} from "./versioned";
import { inTransaction } from "./transaction";

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

export interface RecordWriter<T extends VersionedTable, Dto, Fields, CreateInput extends Fields> extends RecordStore<T, Dto> {
  /** The columns the record's fields are stored in (db/mappers). */
  columns(fields: Fields): Partial<T["$inferInsert"]>;
  /** What only a new row gets: its project, who recorded it, fields fixed at creation. */
  created(input: CreateInput, context: ChangeContext): Partial<T["$inferInsert"]>;
  /** The sources the input cites, by field, each checked to be one of the project's. */
  cites?(fields: Fields): Record<string, string | null>;
  /** The milestones the input counts from, by field, each checked to be one of the project's. */
  countsFrom?(fields: Fields): Record<string, string | null>;
  /** Rules that need the row being corrected (none when adding) or other rows. */
  verify?(tx: Db, fields: Fields, target: { id: string } | null): Promise<void>;
  /** Links kept in other tables, written after the row itself. */
  link?(tx: Db, row: RowOf<T>, change: { fields: Fields; context: ChangeContext; created: boolean }): Promise<void>;
}

type Change<I> = ChangeContext & { input: I };

export function recordWrites<T extends VersionedTable, Dto, Fields, CreateInput extends Fields>(
  writer: RecordWriter<T, Dto, Fields, CreateInput>,
) {
  // One after another: a transaction is one connection, which runs one query at a time.
  const checkReferences = async (tx: Db, context: ChangeContext, fields: Fields, target: { id: string } | null) => {
    await writer.verify?.(tx, fields, target);
    const projectId = context.project.id;
    for (const [field, id] of Object.entries(writer.cites?.(fields) ?? {})) {
      if (id) await requireInProject(tx, { kind: "source", projectId, id, field });
    }
    for (const [field, id] of Object.entries(writer.countsFrom?.(fields) ?? {})) {
      if (id) await requireInProject(tx, { kind: "milestone", projectId, id, field });
    }
  };

  return {
    store: writer as RecordStore<T, Dto>,
    create(db: Db, { input, ...context }: Change<CreateInput>): Promise<Dto> {
      return inTransaction(db, async (tx) => {
        await checkReferences(tx, context, input, null);
        const values = { ...writer.columns(input), ...writer.created(input, context) } as T["$inferInsert"];
        const [row] = (await tx.insert(writer.table).values(values).returning()) as RowOf<T>[];
        await writer.link?.(tx, row!, { fields: input, context, created: true });
        return logCreated(tx, { store: writer, context, row: row! });
      });
    },

    update(db: Db, { input, ...context }: Change<Fields & { id: string; version: number }>): Promise<Dto> {
      return inTransaction(db, async (tx) => {
        await checkReferences(tx, context, input, input);
        return updateAtVersion(tx, {
          store: writer,
          context,
          target: input,
          values: writer.columns(input),
          linked: (row) => (writer.link ? writer.link(tx, row, { fields: input, context, created: false }) : Promise.resolve()),
        });
      });
    },

    delete(db: Db, { input, ...context }: Change<DeleteRecordInput>): Promise<{ id: string }> {
      return inTransaction(db, (tx) => deleteAtVersion(tx, { store: writer, context, target: input }));
    },
  };
}
