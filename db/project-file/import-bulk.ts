/*
 * The lists of a project file (all but its few milestones) written many rows per statement:
 * one insert per chunk of records and one for their audit entries, instead of several queries
 * per record. The rows are those the record writes store (the same mappers, the same columns
 * fixed at creation), each with its own audit entry; the references they need were all written
 * by this import a moment ago, so they are in the project. A chunk the database refuses is
 * rolled back to its savepoint and written record by record through the editors' writes, so
 * the error names the record, as it would without the batch.
 */
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../connection";
import { eventColumns } from "../mappers/event";
import { forecastColumns } from "../mappers/forecast";
import { sourceColumns } from "../mappers/source";
import { factColumns } from "../mappers/fact";
import { progressReportColumns } from "../mappers/progress-report";
import { actorIdOf, actorLabelOf } from "../mutations/audit";
import type { ChangeContext } from "../mutations/versioned";
import { auditEntries, completionForecasts, eventProjects, events, progressReports, projectFacts, sources } from "../schema";
import type { ForecastFields } from "../records/forecast";
import type { SourceFields } from "../records/source";
import type { EventFields } from "../records/event";
import type { FactFields } from "../records/fact";
import type { ProgressReportFields } from "../records/progress-report";
import { RECORD_TYPES } from "../records";

/** Rows per insert: well under Postgres's 65,535 parameters for the widest row. */
const CHUNK = 500;

type Context = ChangeContext;

interface BulkList<F> {
  table: PgTable;
  entity: string;
  row(fields: F, context: Context): Record<string, unknown>;
  /** What the audit entry holds beside the row, as the record's own write logs it. */
  audited?(row: { id: string }, context: Context): Record<string, unknown>;
  /** Links kept in other tables, for the whole chunk at once. */
  link?(tx: Db, rows: { id: string }[], context: Context): Promise<void>;
}

export const BULK = {
  /** With the ids the import chose, so the sources carried by them can cite them in the same statement. */
  sources: {
    table: sources,
    entity: RECORD_TYPES.source.entity,
    row: ({ id, ...fields }, { project }) => ({ ...sourceColumns(fields), id, projectId: project.id }),
  } satisfies BulkList<SourceFields & { id: string }>,
  forecasts: {
    table: completionForecasts,
    entity: RECORD_TYPES.forecast.entity,
    row: (fields, { project }) => ({ ...forecastColumns(fields), projectId: project.id }),
  } satisfies BulkList<ForecastFields>,
  reports: {
    table: progressReports,
    entity: RECORD_TYPES.progressReport.entity,
    row: (fields, { project, actor }) => ({
      ...progressReportColumns(fields),
      projectId: project.id,
      recordedBy: actorIdOf(actor),
      recordedByLabel: actorLabelOf(actor),
    }),
  } satisfies BulkList<ProgressReportFields>,
  events: {
    table: events,
    entity: RECORD_TYPES.event.entity,
    row: (fields) => eventColumns(fields),
    audited: (_row, { project }) => ({ projectIds: [project.id] }),
    link: async (tx, rows, { project }) => {
      await tx.insert(eventProjects).values(rows.map((r) => ({ eventId: r.id, projectId: project.id })));
    },
  } satisfies BulkList<EventFields>,
  facts: {
    table: projectFacts,
    entity: RECORD_TYPES.fact.entity,
    row: (fields, { project }) => ({ ...factColumns(fields), projectId: project.id }),
  } satisfies BulkList<FactFields>,
};

const toJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

/**
 * Writes `count` records in chunks, each in a savepoint; when the database refuses a chunk, `one`
 * writes its records singly (through the editors' writes), so the refusal names its record.
 */
export async function writeInChunks<F>(
  tx: Db,
  list: BulkList<F>,
  { count, inputAt, context, one }: {
    count: number;
    /** The record's input, made when its chunk is written, so it can cite what the chunks before wrote. */
    inputAt: (index: number) => F;
    context: Context;
    one: (index: number) => Promise<unknown>;
  },
): Promise<void> {
  for (let start = 0; start < count; start += CHUNK) {
    const chunk = Array.from({ length: Math.min(CHUNK, count - start) }, (_, i) => inputAt(start + i));
    try {
      await tx.transaction(async (savepoint) => {
        const db = savepoint as unknown as Db;
        const rows = (await db
          .insert(list.table)
          .values(chunk.map((fields) => list.row(fields, context)))
          .returning()) as { id: string }[];
        await list.link?.(db, rows, context);
        await db.insert(auditEntries).values(
          rows.map((row) => ({
            actorId: actorIdOf(context.actor),
            actorLabel: actorLabelOf(context.actor),
            action: "create",
            entity: list.entity,
            entityId: row.id,
            projectId: context.project.id,
            after: toJson({ ...row, ...list.audited?.(row, context) }),
          })),
        );
      });
    } catch {
      // The savepoint undid the chunk; written singly, the record the database refuses is named.
      for (let index = start; index < start + chunk.length; index++) await one(index);
    }
  }
}
