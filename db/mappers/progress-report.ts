import { reportOf, type ProgressReportData, type ProgressReportFields } from "../records/progress-report";
import type { ProgressReport } from "../schema";
import { fuzzyColumns, fuzzyOf, optionalFuzzyColumns, optionalFuzzyOf } from "./fuzzy-columns";

/** Who may see the result: shared links never see who recorded or changed what. */
export type Audience = "workspace" | "public";

/** The columns a progress report's fields are stored in. */
export function progressReportColumns(input: ProgressReportFields) {
  const { percent, measuredDone, measuredTotal, measuredUnit, scope, summary, sourceId, evidenceKind, confidence } = input;
  return {
    percentComplete: percent,
    measuredDone,
    measuredTotal,
    measuredUnit,
    scope,
    summary,
    sourceId,
    evidenceKind,
    confidence,
    ...fuzzyColumns("observed", input.observed),
    ...optionalFuzzyColumns("published", input.published),
  };
}

export function toReportData(row: ProgressReport, audience: Audience): ProgressReportData {
  return {
    id: row.id,
    ...reportOf({
      observed: fuzzyOf(row, "observed"),
      published: optionalFuzzyOf(row, "published"),
      percent: row.percentComplete,
      measuredDone: row.measuredDone,
      measuredTotal: row.measuredTotal,
      measuredUnit: row.measuredUnit,
      scope: row.scope,
      summary: row.summary,
      sourceId: row.sourceId,
      evidenceKind: row.evidenceKind,
      confidence: row.confidence,
    }),
    recordedBy: audience === "public" ? null : row.recordedByLabel,
    recordedAt: row.recordedAt.toISOString(),
    version: row.version,
  };
}
