import { eq } from "drizzle-orm";
import type { Db } from "../../connection";
import type { ProgressReportData } from "../../dashboard-data";
import { toReportData } from "../../queries/mappers";
import { progressReports } from "../../schema";
import type { CreateProgressReportInput, DeleteRecordInput, UpdateProgressReportInput } from "../schemas";
import {
  actorIdOf,
  actorLabelOf,
  deleteAtVersion,
  logCreated,
  requireSourceInProject,
  updateAtVersion,
  type ChangeContext,
  type RecordKind,
} from "../versioned";

export const progressReportKind: RecordKind<typeof progressReports, ProgressReportData> = {
  table: progressReports,
  entity: "progress_report",
  label: "The progress report",
  inProject: (projectId) => eq(progressReports.projectId, projectId),
  present: (_tx, row) => toReportData(row, "workspace"),
};

function columns(input: CreateProgressReportInput | UpdateProgressReportInput) {
  return {
    observedEarliest: input.observed.earliest,
    observedLatest: input.observed.latest,
    observedText: input.observed.text,
    publishedOn: input.publishedOn,
    percentComplete: input.percent,
    summary: input.summary,
    sourceId: input.sourceId,
    evidenceKind: input.evidenceKind,
    confidence: input.confidence,
  };
}

/** Records a report in the name of the actor; it cites a source of the same project. */
export function createProgressReport(
  db: Db,
  { input, ...context }: ChangeContext & { input: CreateProgressReportInput },
): Promise<ProgressReportData> {
  return db.transaction(async (tx) => {
    await requireSourceInProject(tx, context.project.id, input.sourceId);
    const [row] = await tx
      .insert(progressReports)
      .values({
        projectId: context.project.id,
        ...columns(input),
        recordedBy: actorIdOf(context.actor),
        recordedByLabel: actorLabelOf(context.actor),
      })
      .returning();
    return logCreated(tx, progressReportKind, context, row!);
  });
}

/** Corrects a report; who first recorded it stays as it was, the audit trail names the corrector. */
export function updateProgressReport(
  db: Db,
  { input, ...context }: ChangeContext & { input: UpdateProgressReportInput },
): Promise<ProgressReportData> {
  return db.transaction(async (tx) => {
    await requireSourceInProject(tx, context.project.id, input.sourceId);
    return updateAtVersion(tx, progressReportKind, context, input, columns(input));
  });
}

export function deleteProgressReport(
  db: Db,
  { input, ...context }: ChangeContext & { input: DeleteRecordInput },
): Promise<{ id: string }> {
  return db.transaction((tx) => deleteAtVersion(tx, progressReportKind, context, input));
}
