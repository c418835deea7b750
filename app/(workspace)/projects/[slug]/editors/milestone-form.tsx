"use client";

import { MILESTONE_KIND_LABELS, MILESTONE_STATUS_LABELS } from "@/components/dashboard/labels";
import { formatFuzzyWithWindow } from "@/components/format";
import type { MilestoneData } from "@/db/dashboard-data";
import type { MilestoneKind, MilestoneStatus } from "@/db/schema";
import { createMilestone, updateMilestone } from "../actions";
import { Field, FUZZY_DATE_HINT, LabelOptions, SourceOptions } from "./fields";
import { pendingId, readFuzzy, upsertRecord } from "./optimistic";
import { RecordForm, useRecordForm } from "./record-form";
import { useDashboardData, useRecordMutation } from "./use-record-mutation";

const EMPTY = { kind: "other", title: "", planned: "", actual: "", status: "pending", sourceId: "" };

const valuesOf = (m: MilestoneData) => ({
  kind: m.kind as string,
  title: m.title,
  planned: m.planned?.text ?? "",
  actual: m.actual?.text ?? "",
  status: m.status as string,
  // The change needs a source; the one the milestone already rests on is the likeliest.
  sourceId: m.sourceIds[0] ?? "",
});

type Input = typeof EMPTY & { projectSlug: string; id?: string; version?: number };

function draftOf(input: Input, before: MilestoneData | undefined): MilestoneData | null {
  const planned = input.planned.trim() ? readFuzzy(input.planned) : null;
  const actual = input.actual.trim() ? readFuzzy(input.actual) : null;
  if ((input.planned.trim() && !planned) || (input.actual.trim() && !actual) || !input.title.trim() || !input.sourceId) return null;
  return {
    id: input.id ?? pendingId(),
    kind: input.kind as MilestoneKind,
    title: input.title.trim(),
    planned,
    actual,
    status: input.status as MilestoneStatus,
    sourceIds: [...new Set([...(before?.sourceIds ?? []), input.sourceId])],
    slippage: null,
    version: input.version ?? 0,
  };
}

const dateText = (d: MilestoneData["planned"]) => (d ? formatFuzzyWithWindow(d) : "not set");

export const describeMilestone = (m: MilestoneData) =>
  `${m.title}: planned ${dateText(m.planned)}, actual ${m.actual ? formatFuzzyWithWindow(m.actual) : "not yet"}, ${MILESTONE_STATUS_LABELS[m.status].toLowerCase()}`;

/** A milestone's planned and actual dates and status; each change rests on a source. */
export function MilestoneForm({ slug, milestone, onDone }: { slug: string; milestone?: MilestoneData; onDone(): void }) {
  const { sources } = useDashboardData(slug);
  const form = useRecordForm(milestone, valuesOf, EMPTY);
  const mutation = useRecordMutation<Input, MilestoneData>({
    slug,
    action: milestone ? updateMilestone : createMilestone,
    optimistic: (data, input) => {
      const draft = draftOf(input, milestone);
      return draft ? upsertRecord(data, "milestones", draft) : data;
    },
  });
  const errors = mutation.fieldErrors;

  return (
    <RecordForm
      name={milestone ? `Edit milestone: ${milestone.title}` : "New milestone"}
      submitLabel={milestone ? "Save milestone" : "Add this milestone"}
      pending={mutation.pending}
      message={mutation.message}
      conflict={form.conflict(mutation, describeMilestone)}
      onSubmit={() => mutation.submit({ projectSlug: slug, ...form.target, ...form.values }, onDone)}
      onCancel={onDone}
    >
      <Field label="Title" name="title" errors={errors}>
        {(control) => <input {...control} {...form.bind("title")} autoComplete="off" />}
      </Field>
      {!milestone && (
        <Field label="Kind" name="kind" errors={errors}>
          {(control) => (
            <select {...control} {...form.bind("kind")}>
              <LabelOptions labels={MILESTONE_KIND_LABELS} />
            </select>
          )}
        </Field>
      )}
      <Field label="Planned" name="planned" errors={errors} hint={`Empty if no plan is known. ${FUZZY_DATE_HINT}`}>
        {(control) => <input {...control} {...form.bind("planned")} autoComplete="off" />}
      </Field>
      <Field label="Actual" name="actual" errors={errors} hint="Empty until it happens; same forms as planned.">
        {(control) => <input {...control} {...form.bind("actual")} autoComplete="off" />}
      </Field>
      <Field label="Status" name="status" errors={errors}>
        {(control) => (
          <select {...control} {...form.bind("status")}>
            <LabelOptions labels={MILESTONE_STATUS_LABELS} />
          </select>
        )}
      </Field>
      <Field label="Source" name="sourceId" errors={errors} hint="The source of this change; it joins the milestone's sources.">
        {(control) => (
          <select {...control} {...form.bind("sourceId")}>
            <SourceOptions sources={sources} />
          </select>
        )}
      </Field>
    </RecordForm>
  );
}
