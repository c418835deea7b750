"use client";

import { useId, type ReactNode } from "react";
import { FieldError } from "./field-error";

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

/** A label, the control, an optional hint and the field's errors, tied together by ids. Every form uses it. */
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

/** Options from a label table: the stored value, its wording. */
export function LabelOptions<K extends string>({ labels }: { labels: Readonly<Record<K, string>> }) {
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
