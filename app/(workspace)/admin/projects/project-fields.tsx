"use client";

import { Field } from "@/components/forms/field";
import type { useFormValues } from "@/components/forms/use-form-values";

export const EMPTY_PROJECT = { name: "", slug: "", location: "", parties: "", summary: "" };
export type ProjectValues = typeof EMPTY_PROJECT;

/** A project's own fields, as adding and correcting one both lay them out. */
export function ProjectFields({ form, errors }: { form: ReturnType<typeof useFormValues<ProjectValues>>; errors: Record<string, string[]> }) {
  return (
    <>
      <Field label="Name" name="name" errors={errors}>
        {(control) => <input {...control} {...form.bind("name")} />}
      </Field>
      <Field label="Slug" name="slug" errors={errors} hint="The dashboard's address, /projects/<slug>: lowercase letters, digits and dashes.">
        {(control) => <input {...control} {...form.bind("slug")} autoComplete="off" spellCheck={false} />}
      </Field>
      <Field label="Location" name="location" errors={errors}>
        {(control) => <input {...control} {...form.bind("location")} />}
      </Field>
      <Field label="Parties" name="parties" errors={errors} hint="Separated by commas.">
        {(control) => <input {...control} {...form.bind("parties")} />}
      </Field>
      <Field label="Summary" name="summary" errors={errors} wide>
        {(control) => <textarea {...control} {...form.bind("summary")} rows={3} />}
      </Field>
    </>
  );
}
