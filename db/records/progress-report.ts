/*
 * A progress report: how far the work was seen to be, when, on what evidence and how surely.
 * It gives a percentage, or a measurement (done of total, in a unit) from which the percentage
 * is derived with its arithmetic, or neither (a qualitative report). Its scope is the whole
 * project or a named part: a part's figure never stands in for the whole project's.
 */
import type { z } from "zod";
import type { FuzzyDate } from "../domain/fuzzy-date";
import { measuredFigure } from "../domain/measurement";
import { recordParts, type FieldsOf, type Stored } from "./define";
import {
  choice,
  fuzzyDate,
  FUZZY_DATE_HINT,
  LIMITS,
  optionalAmount,
  optionalFuzzyDate,
  optionalText,
  percent,
  requiredText,
  sourceId,
} from "./fields";
import { FUZZY_SHAPE, WITHHELD } from "./shape";
import { CONFIDENCE, SOURCE_KIND } from "./vocabulary";

const fields = {
  observed: fuzzyDate("when the observation applies (e.g. 2025-04-30 or mid-2026)"),
  published: optionalFuzzyDate("when it was published"),
  percent,
  measuredDone: optionalAmount("how much is done"),
  measuredTotal: optionalAmount("the total"),
  measuredUnit: optionalText("the unit (e.g. m)", LIMITS.unit),
  scope: optionalText("the part measured", LIMITS.title),
  summary: requiredText("what was observed", LIMITS.summary, true),
  sourceId,
  evidenceKind: choice(SOURCE_KIND.values, "Choose the kind of evidence."),
  confidence: choice(CONFIDENCE.values, "Choose low, medium or high."),
};

/** What an add or a correction carries, once validated. */
export type ProgressReportFields = FieldsOf<typeof fields>;

export interface Measurement {
  done: number;
  total: number;
  unit: string;
}

export type ProgressReportData = Stored & {
  observed: FuzzyDate;
  published: FuzzyDate | null;
  /** The percentage as the source gave it; null when measured or qualitative. */
  percent: number | null;
  measured: Measurement | null;
  /** The part measured; null for the whole project. */
  scope: string | null;
  summary: string;
  sourceId: string;
  evidenceKind: ProgressReportFields["evidenceKind"];
  confidence: ProgressReportFields["confidence"];
  /** The percentage shown: as given, or derived from the measurement; null for a qualitative report. */
  figure: number | null;
  /** "90 m of 300 m = 30%" for a measured report. */
  arithmetic: string | null;
  /** Who recorded it ("seed" for seeded rows); null on shared views, which never name editors. */
  recordedBy: string | null;
  recordedAt: string;
};

/** The report's own fields with its measurement gathered and its figure derived: what lists show. */
export function reportOf(input: ProgressReportFields): Omit<ProgressReportData, keyof Stored | "recordedBy" | "recordedAt"> {
  const { measuredDone: done, measuredTotal: total, measuredUnit: unit, ...rest } = input;
  const measured = done !== null && total !== null && unit !== null ? { done, total, unit } : null;
  const derived = measured ? measuredFigure(measured) : null;
  return { ...rest, measured, figure: derived?.percent ?? input.percent, arithmetic: derived?.arithmetic ?? null };
}

const MEASURE_ALL = "Give what is done, the total and the unit together, or none of them.";

/** Its fields, form and share shape; its names are in names.ts, and index.ts joins them. */
export const progressReportParts = recordParts<ProgressReportData>()({
  fields,
  check: ({ percent: given, measuredDone: done, measuredTotal: total, measuredUnit: unit }) => {
    const parts = [done, total, unit].filter((v) => v !== null).length;
    if (parts === 0) return [];
    if (given !== null) return [{ field: "percent", message: "Give a percentage or a measurement, not both: the percentage is derived from the measurement." }];
    if (parts < 3) return [{ field: done === null ? "measuredDone" : total === null ? "measuredTotal" : "measuredUnit", message: MEASURE_ALL }];
    if (total === 0) return [{ field: "measuredTotal", message: "The total must be more than 0." }];
    if (done! > total!) return [{ field: "measuredDone", message: "What is done cannot exceed the total." }];
    return [];
  },
  form: [
    { name: "observed", label: "Observed on", control: "text", hint: `When the observation applies. ${FUZZY_DATE_HINT}` },
    { name: "published", label: "Published on", control: "text", hint: "Optional; exact or vague, like the observation." },
    { name: "scope", label: "Part measured", control: "text", hint: 'Empty for the whole project; or the part, e.g. "main span".' },
    { name: "percent", label: "Percent complete", control: "decimal", hint: "0 to 100, as the source gave it; empty for a measurement or a qualitative report." },
    {
      name: "measuredDone",
      label: "Measured: done",
      control: "decimal",
      hint: "e.g. 90 (of 300 m); the percentage is derived.",
      fromRecord: (r) => (r.measured ? String(r.measured.done) : ""),
    },
    { name: "measuredTotal", label: "Measured: of total", control: "decimal", fromRecord: (r) => (r.measured ? String(r.measured.total) : "") },
    { name: "measuredUnit", label: "Measured: unit", control: "text", hint: "e.g. m, spans, piers.", fromRecord: (r) => r.measured?.unit ?? "" },
    { name: "sourceId", label: "Source", control: "source", hint: "Add a missing source under Sources first." },
    { name: "evidenceKind", label: "Evidence", control: "select", labels: SOURCE_KIND.labels, initial: "state_media" },
    { name: "confidence", label: "Confidence", control: "select", labels: CONFIDENCE.labels, initial: "medium" },
    { name: "summary", label: "Summary", control: "textarea", hint: "What was observed, in a sentence or two.", wide: true },
  ],
  // Who first recorded a report stays as it was; a new one is the editor's own.
  draft: (input, { id, version, before }) => ({
    ...reportOf(input),
    id,
    version,
    recordedBy: before ? before.recordedBy : "you (saving…)",
    recordedAt: before?.recordedAt ?? new Date().toISOString(),
  }),
  publicShape: {
    id: true,
    observed: FUZZY_SHAPE,
    published: FUZZY_SHAPE,
    percent: true,
    measured: { done: true, total: true, unit: true },
    scope: true,
    summary: true,
    sourceId: true,
    evidenceKind: true,
    confidence: true,
    figure: true,
    arithmetic: true,
    recordedBy: WITHHELD,
    recordedAt: true,
    version: true,
  },
});
