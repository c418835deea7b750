/*
 * The one mechanism every record change goes through: find the row inside its project, write
 * it only at the version the editor loaded, log the change with the values before and after,
 * and mark the project as changed. Two editors saving the same row at once: the second write
 * matches no row (its version is gone) and answers with the row as it is now, never
 * overwriting it. Callers run these inside one transaction.
 */
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Db } from "../connection";
import { auditEntries, milestones, projects, sources } from "../schema";
import { auditRow, type Actor } from "./audit";
import { ConflictError, NotFoundError, RuleError } from "./errors";

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };
export type RowOf<T extends VersionedTable> = T["$inferSelect"] & { id: string; version: number };

/** How one record type is stored: what every versioned write needs to know of it. */
export interface RecordStore<T extends VersionedTable, Dto> {
  table: T;
  /** The name in the audit trail ("progress_report") and, for messages, "The progress report". */
  entity: string;
  label: string;
  /** The condition that a row of `table` belongs to the project. */
  inProject(projectId: string): SQL;
  /** The row as the dashboard shows it: what a change and a conflict answer with. */
  present(tx: Db, row: RowOf<T>): Promise<Dto> | Dto;
  /** What the audit trail keeps of a row, when links must be added to the row itself. */
  audited?(tx: Db, row: RowOf<T>): Promise<unknown>;
}

/** Who changes which project: what every data-layer function receives beside its input. */
export interface ChangeContext {
  project: { id: string };
  actor: Actor;
}

/** Which row, at the version the editor loaded. */
export interface RowVersion {
  id: string;
  version: number;
}

async function findInProject<T extends VersionedTable, Dto>(tx: Db, store: RecordStore<T, Dto>, projectId: string, id: string) {
  const rows = await tx
    .select()
    .from(store.table as PgTable)
    .where(and(eq(store.table.id, id), store.inProject(projectId)));
  return rows[0] as RowOf<T> | undefined;
}

/** Why a versioned write matched no row: the row is gone (or belongs elsewhere), or it moved on. */
async function staleError<T extends VersionedTable, Dto>(tx: Db, store: RecordStore<T, Dto>, projectId: string, id: string) {
  const current = await findInProject(tx, store, projectId, id);
  return current ? new ConflictError(await store.present(tx, current)) : new NotFoundError(store.label);
}

/** The row at the version the editor loaded, and what the audit keeps of it; NotFound or Conflict otherwise. */
async function loadAt<T extends VersionedTable, Dto>(tx: Db, store: RecordStore<T, Dto>, projectId: string, target: RowVersion) {
  const row = await findInProject(tx, store, projectId, target.id);
  if (!row) throw new NotFoundError(store.label);
  if (row.version !== target.version) throw new ConflictError(await store.present(tx, row));
  return { row, view: await auditView(tx, store, row) };
}

const auditView = <T extends VersionedTable, Dto>(tx: Db, store: RecordStore<T, Dto>, row: RowOf<T>) =>
  store.audited ? store.audited(tx, row) : Promise.resolve(row);

const atVersion = <T extends VersionedTable, Dto>(store: RecordStore<T, Dto>, projectId: string, target: RowVersion) =>
  and(eq(store.table.id, target.id), store.inProject(projectId), eq(store.table.version, target.version));

/**
 * The audit entry, and the project's updated_at and version, so project lists and caches see the change.
 * One statement, one round trip: the entry is inserted by a data-modifying WITH, which Postgres
 * always runs to completion, read or not. The project row is the last thing a change locks:
 * concurrent changes queue on its row lock only briefly.
 */
async function logChange(
  tx: Db,
  entity: string,
  change: ChangeContext & { action: "create" | "update" | "delete" | "restore"; id: string; before?: unknown; after?: unknown },
): Promise<void> {
  const entry = auditRow({
    actor: change.actor,
    action: change.action,
    entity,
    entityId: change.id,
    projectId: change.project.id,
    before: change.before,
    after: change.after,
  });
  const audit = tx.$with("audit").as(tx.insert(auditEntries).values(entry).returning({ id: auditEntries.id }));
  await tx
    .with(audit)
    .update(projects)
    .set({ updatedAt: new Date(), version: sql`${projects.version} + 1` })
    .where(and(eq(projects.id, change.project.id), notYetInThisTransaction));
}

/*
 * A project's version counts the transactions that changed it, not the rows: a row that this
 * transaction already wrote carries its id in xmin. So the seed, which creates the project and
 * everything in it at once, leaves it at version 1, and each editor's save adds one.
 */
const notYetInThisTransaction = sql`${projects}.xmin <> pg_current_xact_id()::xid`;

/**
 * After inserting a row (and its links): the audit entry and the row as the dashboard shows it.
 * A restore (db/mutations/restore.ts) inserts a deleted row again and is logged the same way.
 */
export async function logCreated<T extends VersionedTable, Dto>(
  tx: Db,
  { store, context, row, action = "create" }: { store: RecordStore<T, Dto>; context: ChangeContext; row: RowOf<T>; action?: "create" | "restore" },
): Promise<Dto> {
  await logChange(tx, store.entity, { ...context, action, id: row.id, after: await auditView(tx, store, row) });
  return store.present(tx, row);
}

/** Which row of which store, at the version the editor loaded, changed by whom. */
interface VersionedChange<T extends VersionedTable, Dto> {
  store: RecordStore<T, Dto>;
  context: ChangeContext;
  target: RowVersion;
}

/**
 * `update … set …, version = version + 1 where id = ? and <in project> and version = ?`.
 * `linked` runs after the update and before the audit, for rows that keep links elsewhere.
 */
export async function updateAtVersion<T extends VersionedTable, Dto>(
  tx: Db,
  change: VersionedChange<T, Dto> & { values: Partial<T["$inferInsert"]>; linked?: (row: RowOf<T>) => Promise<void> },
): Promise<Dto> {
  const { store, context, target, values, linked } = change;
  const projectId = context.project.id;
  const before = await loadAt(tx, store, projectId, target);
  const set = { ...values, version: sql`${store.table.version} + 1`, updatedAt: new Date() };
  const updated = (await tx
    .update(store.table)
    .set(set as PgUpdateSetSource<T>)
    .where(atVersion(store, projectId, target))
    .returning()) as unknown as RowOf<T>[];
  const after = updated[0];
  if (!after) throw await staleError(tx, store, projectId, target.id);
  await linked?.(after);
  await logChange(tx, store.entity, {
    ...context,
    action: "update",
    id: after.id,
    before: before.view,
    after: await auditView(tx, store, after),
  });
  return store.present(tx, after);
}

/** `delete … where id = ? and <in project> and version = ?`. */
export async function deleteAtVersion<T extends VersionedTable, Dto>(
  tx: Db,
  { store, context, target }: VersionedChange<T, Dto>,
): Promise<{ id: string }> {
  const projectId = context.project.id;
  // Read before deleting: links that cascade away with the row belong in its audit entry.
  const before = await loadAt(tx, store, projectId, target);
  const deleted = (await tx.delete(store.table).where(atVersion(store, projectId, target)).returning()) as unknown[];
  if (deleted.length === 0) throw await staleError(tx, store, projectId, target.id);
  await logChange(tx, store.entity, { ...context, action: "delete", id: target.id, before: before.view });
  return { id: target.id };
}

const REFERABLE = {
  source: { table: sources, what: "source", choose: "Choose one of this project's sources." },
  milestone: { table: milestones, what: "milestone", choose: "Choose one of this project's milestones." },
} as const;

/**
 * A record may only point at a source (or milestone) of its own project. The key-share lock
 * keeps the row from being deleted before this transaction commits. A refusal names the field.
 */
export async function requireInProject(
  tx: Db,
  { kind, projectId, id, field, refusal }: { kind: keyof typeof REFERABLE; projectId: string; id: string; field: string; refusal?: RuleError },
): Promise<void> {
  const { table, what, choose } = REFERABLE[kind];
  const [found] = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, id), eq(table.projectId, projectId)))
    .for("key share");
  if (!found) throw refusal ?? new RuleError(`The chosen ${what} is not one of this project's ${what}s.`, { [field]: [choose] });
}
