"use client";

import { useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { useAction } from "@/components/forms/use-action";
import { useFormValues } from "@/components/forms/use-form-values";
import type { ProjectSummaryData } from "@/db/dashboard-data";
import { updateProject } from "./actions";
import { ProjectFields } from "./project-fields";

/** Corrects a project's own fields, in place in the list, at the version the admin opened (keyed by it). */
export function EditProjectForm({ project }: { project: ProjectSummaryData }) {
  const [open, setOpen] = useState(false);
  const form = useFormValues({
    name: project.name,
    slug: project.slug,
    location: project.location,
    parties: project.parties.join(", "),
    summary: project.summary,
  });
  const action = useAction({ action: updateProject });
  if (!open) {
    return (
      <button type="button" className="button button--small" onClick={() => setOpen(true)} aria-label={`Edit ${project.name}`}>
        Edit
      </button>
    );
  }
  return (
    <ActionForm
      name={`Edit ${project.name}`}
      submitLabel="Save project"
      pendingLabel="Saving…"
      pending={action.pending}
      message={action.message}
      onSubmit={() =>
        // The action revalidates this page, which renders the saved project (and its new version) afresh.
        action.submit({ ...form.values, id: project.id, version: project.version }, () => setOpen(false))
      }
      onCancel={() => setOpen(false)}
    >
      <ProjectFields form={form} errors={action.fieldErrors} />
    </ActionForm>
  );
}
