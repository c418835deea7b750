"use client";

import { useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { Field } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { useFormValues } from "@/components/forms/use-form-values";
import { createShareLink } from "./actions";
import { CopyUrl } from "./copy-url";
import { EmbedCode } from "./embed-code";
import { ORIGINS_HINT } from "./embedding-form";

interface Props {
  projectSlug: string;
  projectName: string;
  expiryChoices: readonly { value: string; label: string }[];
  defaultExpiry: string;
}

export function CreateShareLinkForm({ projectSlug, projectName, expiryChoices, defaultExpiry }: Props) {
  const form = useFormValues({ label: "", expires: defaultExpiry, embedOrigins: "" });
  const action = useAction({ action: createShareLink });
  const errors = action.fieldErrors;
  // Held only in this tab's memory: the server keeps no copy of the token to show again.
  const [created, setCreated] = useState<{ label: string; url: string; embeddable: boolean } | null>(null);

  const submit = () => {
    const label = form.values.label.trim();
    action.submit({ projectSlug, ...form.values }, ({ url, embedOrigins }) => {
      setCreated({ label, url, embeddable: embedOrigins.length > 0 });
      form.set("label", "");
      form.set("embedOrigins", "");
    });
  };

  return (
    <>
      <ActionForm name="New link" submitLabel="Create link" pendingLabel="Creating…" pending={action.pending} message={action.message} onSubmit={submit}>
        <Field label="Label" name="label" errors={errors}>
          {(control) => <input {...control} {...form.bind("label")} maxLength={100} placeholder="Who it is for, e.g. Reuters desk" />}
        </Field>
        <Field label="Expires after" name="expires" errors={errors}>
          {(control) => (
            <select {...control} {...form.bind("expires")}>
              {expiryChoices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Sites that may embed it (optional)" name="embedOrigins" errors={errors} hint={ORIGINS_HINT} wide>
          {(control) => <textarea {...control} {...form.bind("embedOrigins")} rows={2} spellCheck={false} autoCapitalize="off" />}
        </Field>
      </ActionForm>
      {created && (
        <div className="panel share-created" role="region" aria-label="New share link">
          <p>
            <strong>{created.label}</strong>: copy this URL now. It is shown only once; only a hash of it is kept.
          </p>
          <CopyUrl url={created.url} />
          {created.embeddable && <EmbedCode url={created.url} title={`${projectName}: progress against plan`} />}
        </div>
      )}
    </>
  );
}
