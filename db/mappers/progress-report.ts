import type { ProgressReportData, ProgressReportFields } from "../records/progress-report";
import type { ProgressReport } from "../schema";
import { fuzzyColumns, fuzzyOf } from "./fuzzy-columns";

/** Who may see the result: shared links never see who recorded or changed what. */
export type Audience = "workspace" | "public";

/** The columns a progress report's fields are stored in. */
export function progressReportColumns(input: ProgressReportFields) {
  const { publishedOn, percent, summary, sourceId, evidenceKind, confidence } = input;
  return { publishedOn, percentComplete: percent, summary, sourceId, evidenceKind, confidence, ...fuzzyColumns("observed", input.observed) };
}

export function toReportData(row: ProgressReport, audience: Audience): ProgressReportData {
  return {
    id: row.id,
    observed: fuzzyOf(row, "observed"),
    publishedOn: row.publishedOn,
    percent: row.percentComplete,
    summary: row.summary,
    sourceId: row.sourceId,
    evidenceKind: row.evidenceKind,
    confidence: row.confidence,
    recordedBy: audience === "public" ? null : row.recordedByLabel,
    recordedAt: row.recordedAt.toISOString(),
    version: row.version,
  };
}
