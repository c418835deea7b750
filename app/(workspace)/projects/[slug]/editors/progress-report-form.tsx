"use client";

import { CONFIDENCE_LABELS, SOURCE_KIND_LABELS } from "@/components/dashboard/labels";
import { formatFuzzyWithWindow } from "@/components/format";
import type { ProgressReportData } from "@/db/dashboard-data";
import type { Confidence, SourceKind } from "@/db/schema";
import { createProgressReport, updateProgressReport } from "../actions";
import { Field, FUZZY_DATE_HINT, LabelOptions, SourceOptions } from "./fields";
import { pendingId, readFuzzy, upsertRecord } from "./optimistic";
import { RecordForm, useRecordForm } from "./record-form";
import { useDashboardData, useRecordMutation } from "./use-record-mutation";

const EMPTY = {
  observed: "",
  publishedOn: "",
  percent: "",
  summary: "",
  sourceId: "",
  evidenceKind: "state_media",
  confidence: "medium",
};

const valuesOf = (r: ProgressReportData) => ({
  observed: r.observed.text,
  publishedOn: r.publishedOn ?? "",
  percent: r.percent === null ? "" : String(r.percent),
  summary: r.summary,
  sourceId: r.sourceId,
  evidenceKind: r.evidenceKind as string,
  confidence: r.confidence as string,
});

type Input = typeof EMPTY & { projectSlug: string; id?: string; version?: number };

/** The report as it will be shown, if the input is plainly valid; the server has the last word. */
function draftOf(input: Input, recordedAt: string): ProgressReportData | null {
  const observed = readFuzzy(input.observed);
  const percent = input.percent.trim() === "" ? null : Number(input.percent);
  if (!observed || (percent !== null && !(percent >= 0 && percent <= 100)) || !input.sourceId) return null;
  return {
    id: input.id ?? pendingId(),
    observed,
    publishedOn: input.publishedOn.trim() || null,
    percent,
    summary: input.summary.trim(),
    sourceId: input.sourceId,
    evidenceKind: input.evidenceKind as SourceKind,
    confidence: input.confidence as Confidence,
    recordedBy: "you (saving…)",
    recordedAt,
    version: input.version ?? 0,
  };
}

export const describeReport = (r: ProgressReportData) =>
  `${r.percent === null ? "Qualitative" : `${r.percent}%`}, observed ${formatFuzzyWithWindow(r.observed)}: ${r.summary}`;

/** Adds a progress report, or corrects one. Every report cites one of the project's sources. */
export function ProgressReportForm({ slug, report, onDone }: { slug: string; report?: ProgressReportData; onDone(): void }) {
  const { sources } = useDashboardData(slug);
  const form = useRecordForm(report, valuesOf, EMPTY);
  const mutation = useRecordMutation<Input, ProgressReportData>({
    slug,
    action: report ? updateProgressReport : createProgressReport,
    optimistic: (data, input) => {
      const draft = draftOf(input, report?.recordedAt ?? new Date().toISOString());
      return draft ? upsertRecord(data, "reports", report ? { ...draft, recordedBy: report.recordedBy } : draft) : data;
    },
  });
  const errors = mutation.fieldErrors;

  return (
    <RecordForm
      name={report ? `Edit progress report: ${describeReport(report)}` : "New progress report"}
      submitLabel={report ? "Save progress report" : "Add this progress report"}
      pending={mutation.pending}
      message={mutation.message}
      conflict={form.conflict(mutation, describeReport)}
      onSubmit={() => mutation.submit({ projectSlug: slug, ...form.target, ...form.values }, onDone)}
      onCancel={onDone}
    >
      <Field label="Observed on" name="observed" errors={errors} hint={`When the observation applies. ${FUZZY_DATE_HINT}`}>
        {(control) => <input {...control} {...form.bind("observed")} autoComplete="off" />}
      </Field>
      <Field label="Percent complete" name="percent" errors={errors} hint="0 to 100; leave empty for a qualitative report.">
        {(control) => <input {...control} {...form.bind("percent")} inputMode="decimal" autoComplete="off" />}
      </Field>
      <Field label="Published on" name="publishedOn" errors={errors} hint="YYYY-MM-DD; optional.">
        {(control) => <input {...control} {...form.bind("publishedOn")} autoComplete="off" />}
      </Field>
      <Field label="Source" name="sourceId" errors={errors} hint="Add a missing source under Sources first.">
        {(control) => (
          <select {...control} {...form.bind("sourceId")}>
            <SourceOptions sources={sources} />
          </select>
        )}
      </Field>
      <Field label="Evidence" name="evidenceKind" errors={errors}>
        {(control) => (
          <select {...control} {...form.bind("evidenceKind")}>
            <LabelOptions labels={SOURCE_KIND_LABELS} />
          </select>
        )}
      </Field>
      <Field label="Confidence" name="confidence" errors={errors}>
        {(control) => (
          <select {...control} {...form.bind("confidence")}>
            <LabelOptions labels={CONFIDENCE_LABELS} />
          </select>
        )}
      </Field>
      <Field label="Summary" name="summary" errors={errors} hint="What was observed, in a sentence or two." wide>
        {(control) => <textarea {...control} {...form.bind("summary")} rows={3} />}
      </Field>
    </RecordForm>
  );
}
