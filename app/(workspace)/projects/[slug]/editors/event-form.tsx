"use client";

import { EVENT_CATEGORY_LABELS } from "@/components/dashboard/labels";
import { formatFuzzyWithWindow } from "@/components/format";
import type { EventData } from "@/db/dashboard-data";
import type { EventCategory } from "@/db/schema";
import { createEvent, updateEvent } from "../actions";
import { Field, FUZZY_DATE_HINT, LabelOptions, SourceOptions } from "./fields";
import { pendingId, readFuzzy, upsertRecord } from "./optimistic";
import { RecordForm, useRecordForm } from "./record-form";
import { useDashboardData, useRecordMutation } from "./use-record-mutation";

const EMPTY = { date: "", title: "", summary: "", category: "diplomatic", parties: "", sourceId: "" };

const valuesOf = (e: EventData) => ({
  date: e.date.text,
  title: e.title,
  summary: e.summary,
  category: e.category as string,
  parties: e.parties.join(", "),
  sourceId: e.sourceId,
});

type Input = typeof EMPTY & { projectSlug: string; id?: string; version?: number };

const partiesOf = (text: string) => [...new Set(text.split(",").map((p) => p.trim()).filter(Boolean))];

function draftOf(input: Input): EventData | null {
  const date = readFuzzy(input.date);
  if (!date || !input.title.trim() || !input.sourceId) return null;
  return {
    id: input.id ?? pendingId(),
    date,
    title: input.title.trim(),
    summary: input.summary.trim(),
    category: input.category as EventCategory,
    parties: partiesOf(input.parties),
    sourceId: input.sourceId,
    version: input.version ?? 0,
  };
}

export const describeEvent = (e: EventData) => `${formatFuzzyWithWindow(e.date)}: ${e.title}`;

/** Something that happened around the project, on the same time axis as its progress. */
export function EventForm({ slug, event, onDone }: { slug: string; event?: EventData; onDone(): void }) {
  const { sources } = useDashboardData(slug);
  const form = useRecordForm(event, valuesOf, EMPTY);
  const mutation = useRecordMutation<Input, EventData>({
    slug,
    action: event ? updateEvent : createEvent,
    optimistic: (data, input) => {
      const draft = draftOf(input);
      return draft ? upsertRecord(data, "events", draft) : data;
    },
  });
  const errors = mutation.fieldErrors;

  return (
    <RecordForm
      name={event ? `Edit event: ${event.title}` : "New event"}
      submitLabel={event ? "Save event" : "Add this event"}
      pending={mutation.pending}
      message={mutation.message}
      conflict={form.conflict(mutation, describeEvent)}
      onSubmit={() => mutation.submit({ projectSlug: slug, ...form.target, ...form.values }, onDone)}
      onCancel={onDone}
    >
      <Field label="Date" name="date" errors={errors} hint={FUZZY_DATE_HINT}>
        {(control) => <input {...control} {...form.bind("date")} autoComplete="off" />}
      </Field>
      <Field label="Title" name="title" errors={errors}>
        {(control) => <input {...control} {...form.bind("title")} autoComplete="off" />}
      </Field>
      <Field label="Category" name="category" errors={errors}>
        {(control) => (
          <select {...control} {...form.bind("category")}>
            <LabelOptions labels={EVENT_CATEGORY_LABELS} />
          </select>
        )}
      </Field>
      <Field label="Parties" name="parties" errors={errors} hint="Separated by commas, e.g. Russia, North Korea.">
        {(control) => <input {...control} {...form.bind("parties")} autoComplete="off" />}
      </Field>
      <Field label="Source" name="sourceId" errors={errors}>
        {(control) => (
          <select {...control} {...form.bind("sourceId")}>
            <SourceOptions sources={sources} />
          </select>
        )}
      </Field>
      <Field label="Summary" name="summary" errors={errors} hint="Optional." wide>
        {(control) => <textarea {...control} {...form.bind("summary")} rows={3} />}
      </Field>
    </RecordForm>
  );
}
