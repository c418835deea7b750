"use client";

import { useId, type ReactNode } from "react";
import { FieldError } from "@/components/forms/field-error";
import type { SourceData } from "@/db/dashboard-data";
import { ACCEPTED_FORMS } from "@/db/domain/fuzzy-date";
import { isPending } from "./optimistic";

export interface ControlProps {
  id: string;
  "aria-invalid": boolean | undefined;
  "aria-describedby": string;
}

interface FieldProps {
  label: string;
  /** The input's name: field errors are keyed by it. */
  name: string;
  errors: Record<string, string[]>;
  hint?: ReactNode;
  /** Spans the whole row of the form grid (summaries). */
  wide?: boolean;
  children: (control: ControlProps) => ReactNode;
}

/** A label, the control, an optional hint and the field's errors, tied together by ids. */
export function Field({ label, name, errors, hint, wide, children }: FieldProps) {
  const id = `${useId()}-${name}`;
  const messages = errors[name];
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={wide ? "field field--wide" : "field"}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        "aria-invalid": messages ? true : undefined,
        "aria-describedby": hint ? `${hintId} ${errorId}` : errorId,
      })}
      {hint && (
        <p id={hintId} className="field-hint muted small">
          {hint}
        </p>
      )}
      <FieldError id={errorId} errors={messages} />
    </div>
  );
}

export const FUZZY_DATE_HINT = `Exact or vague: ${ACCEPTED_FORMS.join(", ")}.`;

/** The project's sources to cite; a source still being saved cannot be cited yet. */
export function SourceOptions({ sources }: { sources: readonly SourceData[] }) {
  return (
    <>
      <option value="">Choose a source…</option>
      {sources
        .filter((s) => !isPending(s.id))
        .map((s) => (
          <option key={s.id} value={s.id}>
            {s.outlet}: {s.title} ({s.published.text})
          </option>
        ))}
    </>
  );
}

/** Options from a label table: the stored value, its wording. */
export function LabelOptions<K extends string>({ labels }: { labels: Record<K, string> }) {
  return (
    <>
      {(Object.entries(labels) as [K, string][]).map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}
