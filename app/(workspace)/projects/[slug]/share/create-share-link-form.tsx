"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { FieldError } from "@/components/forms/field-error";
import { createShareLink } from "./actions";
import { CopyUrl } from "./copy-url";

interface Props {
  projectSlug: string;
  expiryChoices: readonly { value: string; label: string }[];
  defaultExpiry: string;
}

export function CreateShareLinkForm({ projectSlug, expiryChoices, defaultExpiry }: Props) {
  const [label, setLabel] = useState("");
  const [expires, setExpires] = useState(defaultExpiry);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState("");
  // Held only in this tab's memory: the server keeps no copy of the token to show again.
  const [created, setCreated] = useState<{ label: string; url: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(e: React.FormEvent) {
    e.preventDefault();
    startTransition(async () => {
      const result = await createShareLink({ projectSlug, label, expires });
      if (result.ok) {
        toast.success(result.message);
        setCreated({ label: label.trim(), url: result.data.url });
        setLabel("");
        setErrors({});
        setMessage("");
      } else {
        setErrors(result.fieldErrors ?? {});
        setMessage(result.message);
      }
    });
  }

  return (
    <>
      <form onSubmit={submit} className="form form-grid" noValidate>
        <div>
          <label htmlFor="share-label">Label</label>
          <input
            id="share-label"
            value={label}
            maxLength={100}
            placeholder="Who it is for, e.g. Reuters desk"
            onChange={(e) => setLabel(e.target.value)}
            aria-invalid={!!errors.label}
            aria-describedby="share-label-error"
          />
          <FieldError id="share-label-error" errors={errors.label} />
        </div>
        <div>
          <label htmlFor="share-expires">Expires after</label>
          <select id="share-expires" value={expires} onChange={(e) => setExpires(e.target.value)} aria-describedby="share-expires-error">
            {expiryChoices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
          <FieldError id="share-expires-error" errors={errors.expires} />
        </div>
        <p role="status" aria-live="polite" className="form-message">
          {message}
        </p>
        <button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create link"}
        </button>
      </form>
      {created && (
        <div className="panel share-created" role="region" aria-label="New share link">
          <p>
            <strong>{created.label}</strong>: copy this URL now. It is shown only once; only a hash of it is kept.
          </p>
          <CopyUrl url={created.url} />
        </div>
      )}
    </>
  );
}
