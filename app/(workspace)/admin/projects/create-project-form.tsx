"use client";

import { IntentLink } from "@/components/intent-link";
import { useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { useAction } from "@/components/forms/use-action";
import { useFormValues } from "@/components/forms/use-form-values";
import { createProject } from "./actions";
import { EMPTY_PROJECT as EMPTY, ProjectFields } from "./project-fields";

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
        <ProjectFields form={form} errors={errors} />
      </ActionForm>
      {created && (
        <p className="form-message">
          <IntentLink href={`/projects/${encodeURIComponent(created.slug)}`}>Open the dashboard of {created.name}</IntentLink>
        </p>
      )}
    </>
  );
}
