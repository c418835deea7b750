"use client";

import { ActionForm } from "@/components/forms/action-form";
import { Field } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { useFormValues } from "@/components/forms/use-form-values";
import { setShareLinkEmbedding } from "./actions";
import { EmbedCodeFromUrl } from "./embed-code";

export const ORIGINS_HINT = "One per line, e.g. https://news.example. Only these sites may show the link in a frame; none: no site may.";

interface Props {
  projectSlug: string;
  projectName: string;
  link: { id: string; label: string; embedOrigins: string[] };
}

/** Which sites may frame one existing link, and its embed code when some may. */
export function EmbeddingForm({ projectSlug, projectName, link }: Props) {
  const form = useFormValues({ embedOrigins: link.embedOrigins.join("\n") });
  const action = useAction({ action: setShareLinkEmbedding });
  return (
    <div className="share-embedding" role="group" aria-label={`Embedding of "${link.label}"`}>
      <h3>{link.label}</h3>
      <ActionForm
        name={`Embedding of "${link.label}"`}
        submitLabel="Save sites"
        pending={action.pending}
        message={action.message}
        onSubmit={() => action.submit({ projectSlug, id: link.id, embedOrigins: form.values.embedOrigins }, ({ embedOrigins }) => form.set("embedOrigins", embedOrigins.join("\n")))}
      >
        <Field label="Sites that may embed it" name="embedOrigins" errors={action.fieldErrors} hint={ORIGINS_HINT} wide>
          {(control) => <textarea {...control} {...form.bind("embedOrigins")} rows={2} spellCheck={false} autoCapitalize="off" />}
        </Field>
      </ActionForm>
      {link.embedOrigins.length > 0 && <EmbedCodeFromUrl label={link.label} title={`${projectName}: progress against plan`} />}
    </div>
  );
}
