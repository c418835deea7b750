"use client";

import { SOURCE_KIND_LABELS } from "@/components/dashboard/labels";
import { formatFuzzyWithWindow } from "@/components/format";
import type { SourceData } from "@/db/dashboard-data";
import type { SourceKind } from "@/db/schema";
import { createSource, updateSource } from "../actions";
import { Field, FUZZY_DATE_HINT, LabelOptions } from "./fields";
import { pendingId, readFuzzy, upsertRecord } from "./optimistic";
import { RecordForm, useRecordForm } from "./record-form";
import { useRecordMutation } from "./use-record-mutation";

const EMPTY = { outlet: "", title: "", url: "", published: "", kind: "state_media" };

const valuesOf = (s: SourceData) => ({
  outlet: s.outlet,
  title: s.title,
  url: s.url ?? "",
  published: s.published.text,
  kind: s.kind as string,
});

type Input = typeof EMPTY & { projectSlug: string; id?: string; version?: number };

function draftOf(input: Input): SourceData | null {
  const published = readFuzzy(input.published);
  if (!published || !input.outlet.trim() || !input.title.trim()) return null;
  return {
    id: input.id ?? pendingId(),
    outlet: input.outlet.trim(),
    title: input.title.trim(),
    url: input.url.trim() || null,
    published,
    kind: input.kind as SourceKind,
    version: input.version ?? 0,
  };
}

export const describeSource = (s: SourceData) => `${s.outlet}: ${s.title} (${formatFuzzyWithWindow(s.published)})`;

/** Where a figure, date or event comes from. */
export function SourceForm({ slug, source, onDone }: { slug: string; source?: SourceData; onDone(): void }) {
  const form = useRecordForm(source, valuesOf, EMPTY);
  const mutation = useRecordMutation<Input, SourceData>({
    slug,
    action: source ? updateSource : createSource,
    optimistic: (data, input) => {
      const draft = draftOf(input);
      return draft ? upsertRecord(data, "sources", draft) : data;
    },
  });
  const errors = mutation.fieldErrors;

  return (
    <RecordForm
      name={source ? `Edit source: ${source.outlet}` : "New source"}
      submitLabel={source ? "Save source" : "Add this source"}
      pending={mutation.pending}
      message={mutation.message}
      conflict={form.conflict(mutation, describeSource)}
      onSubmit={() => mutation.submit({ projectSlug: slug, ...form.target, ...form.values }, onDone)}
      onCancel={onDone}
    >
      <Field label="Outlet" name="outlet" errors={errors} hint="Who published it, e.g. KCNA or Kommersant.">
        {(control) => <input {...control} {...form.bind("outlet")} autoComplete="off" />}
      </Field>
      <Field label="Title" name="title" errors={errors}>
        {(control) => <input {...control} {...form.bind("title")} autoComplete="off" />}
      </Field>
      <Field label="Kind" name="kind" errors={errors}>
        {(control) => (
          <select {...control} {...form.bind("kind")}>
            <LabelOptions labels={SOURCE_KIND_LABELS} />
          </select>
        )}
      </Field>
      <Field label="Published" name="published" errors={errors} hint={FUZZY_DATE_HINT}>
        {(control) => <input {...control} {...form.bind("published")} autoComplete="off" />}
      </Field>
      <Field label="Link" name="url" errors={errors} hint="Optional; http:// or https:// only." wide>
        {(control) => <input {...control} {...form.bind("url")} type="url" inputMode="url" autoComplete="off" />}
      </Field>
    </RecordForm>
  );
}
