/* A progress report: how far the work was seen to be, when, on what evidence and how surely. */
import type { z } from "zod";
import { formatFuzzyWithWindow } from "../domain/date-wording";
import { defineRecord, type Stored } from "./define";
import { choice, fuzzyDate, FUZZY_DATE_HINT, LIMITS, optionalIsoDay, percent, requiredText, sourceId } from "./fields";
import { FUZZY_SHAPE, WITHHELD } from "./shape";
import { CONFIDENCE, SOURCE_KIND } from "./vocabulary";

const fields = {
  observed: fuzzyDate("when the observation applies (e.g. 2025-04-30 or mid-2026)"),
  publishedOn: optionalIsoDay("the day it was published"),
  percent,
  summary: requiredText("what was observed", LIMITS.summary, true),
  sourceId,
  evidenceKind: choice(SOURCE_KIND.values, "Choose the kind of evidence."),
  confidence: choice(CONFIDENCE.values, "Choose low, medium or high."),
};

/** What an add or a correction carries, once validated. */
export type ProgressReportFields = z.output<z.ZodObject<typeof fields>>;

export type ProgressReportData = Stored &
  ProgressReportFields & {
    /** Who recorded it ("seed" for seeded rows); null on shared views, which never name editors. */
    recordedBy: string | null;
    recordedAt: string;
  };

export const progressReportRecord = defineRecord<ProgressReportData>()({
  entity: "progress_report",
  listKey: "reports",
  noun: "progress report",
  plural: "progress reports",
  fields,
  form: [
    { name: "observed", label: "Observed on", control: "text", hint: `When the observation applies. ${FUZZY_DATE_HINT}` },
    { name: "percent", label: "Percent complete", control: "decimal", hint: "0 to 100; leave empty for a qualitative report." },
    { name: "publishedOn", label: "Published on", control: "text", hint: "YYYY-MM-DD; optional." },
    { name: "sourceId", label: "Source", control: "source", hint: "Add a missing source under Sources first." },
    { name: "evidenceKind", label: "Evidence", control: "select", labels: SOURCE_KIND.labels, initial: "state_media" },
    { name: "confidence", label: "Confidence", control: "select", labels: CONFIDENCE.labels, initial: "medium" },
    { name: "summary", label: "Summary", control: "textarea", hint: "What was observed, in a sentence or two.", wide: true },
  ],
  describe: (r) =>
    `${r.percent === null ? "Qualitative" : `${r.percent}%`}, observed ${formatFuzzyWithWindow(r.observed)}: ${r.summary}`,
  // Who first recorded a report stays as it was; a new one is the editor's own.
  draft: (input, { id, version, before }) => ({
    ...input,
    id,
    version,
    recordedBy: before ? before.recordedBy : "you (saving…)",
    recordedAt: before?.recordedAt ?? new Date().toISOString(),
  }),
  publicShape: {
    id: true,
    observed: FUZZY_SHAPE,
    publishedOn: true,
    percent: true,
    summary: true,
    sourceId: true,
    evidenceKind: true,
    confidence: true,
    recordedBy: WITHHELD,
    recordedAt: true,
    version: true,
  },
});
