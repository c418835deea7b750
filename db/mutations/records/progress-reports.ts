import { eq } from "drizzle-orm";
import { progressReportColumns, toReportData } from "../../mappers/progress-report";
import { progressReports } from "../../schema";
import { actorIdOf, actorLabelOf } from "../audit";
import { recordWrites } from "../record-writes";
import { RECORD_TYPES } from "../../records";

/**
 * A report is recorded in the name of the actor; a correction leaves who first recorded it as it
 * was, and the audit trail names the corrector.
 */
export const progressReportWrites = recordWrites({
  table: progressReports,
  entity: RECORD_TYPES.progressReport.entity,
  label: RECORD_TYPES.progressReport.label,
  inProject: (projectId) => eq(progressReports.projectId, projectId),
  present: (_tx, row) => toReportData(row, "workspace"),
  columns: progressReportColumns,
  created: (_input, { project, actor }) => ({
    projectId: project.id,
    recordedBy: actorIdOf(actor),
    recordedByLabel: actorLabelOf(actor),
  }),
  cites: ({ sourceId }) => ({ sourceId }),
});

export const {
  create: createProgressReport,
  update: updateProgressReport,
  delete: deleteProgressReport,
} = progressReportWrites;
