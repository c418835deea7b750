"use client";

import Link from "next/link";
import { useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { Field } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { useFormValues } from "@/components/forms/use-form-values";
import { createProject } from "./actions";

const EMPTY = { name: "", slug: "", location: "", parties: "", summary: "" };

/** Adds a project; once it exists, a link to its (still empty) dashboard, where editors add its records. */
export function CreateProjectForm() {
  const form = useFormValues(EMPTY);
  const action = useAction({ action: createProject });
  const [created, setCreated] = useState<{ slug: string; name: string } | null>(null);
  const errors = action.fieldErrors;

  const submit = () => {
    const name = form.values.name.trim();
    action.submit(form.values, ({ slug }) => {
      setCreated({ slug, name });
      form.replace(EMPTY);
    });
  };

  return (
    <>
      <ActionForm name="New project" submitLabel="Add project" pendingLabel="Adding…" pending={action.pending} message={action.message} onSubmit={submit}>
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
      </ActionForm>
      {created && (
        <p className="form-message">
          <Link href={`/projects/${encodeURIComponent(created.slug)}`}>Open the dashboard of {created.name}</Link>
        </p>
      )}
    </>
  );
}
