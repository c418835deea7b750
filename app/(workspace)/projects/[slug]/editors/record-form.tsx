"use client";

import { useState, type ReactNode } from "react";
import { FormFeedback } from "./form-feedback";
import { useFormValues } from "./use-form-values";
import type { RecordMutation } from "./use-record-mutation";

type Values = Record<string, string | boolean>;

/**
 * The state of a form that adds a record or edits one: what the user typed, and for an edit,
 * the version of the record it started from. After a conflict the user either loads the
 * current value or keeps their own; both continue from the current version.
 */
export function useRecordForm<R extends { id: string; version: number }, V extends Values>(
  record: R | undefined,
  valuesOf: (record: R) => V,
  empty: V,
) {
  const form = useFormValues(record ? valuesOf(record) : empty);
  const [version, setVersion] = useState(record?.version ?? 0);
  return {
    ...form,
    /** What an update or delete names: the row and the version the user is looking at. */
    target: record ? { id: record.id, version } : {},
    conflict(mutation: RecordMutation<unknown, unknown>, describe: (current: R) => ReactNode): Conflict | null {
      const current = mutation.current as R | null;
      if (!current) return null;
      return {
        view: describe(current),
        loadCurrent: () => {
          form.replace(valuesOf(current));
          setVersion(current.version);
          mutation.dismissConflict();
        },
        keepMine: () => {
          setVersion(current.version);
          mutation.dismissConflict();
        },
      };
    },
  };
}

export interface Conflict {
  view: ReactNode;
  loadCurrent(): void;
  keepMine(): void;
}

interface RecordFormProps {
  /** The form's accessible name, e.g. "New progress report". */
  name: string;
  submitLabel: string;
  pending: boolean;
  message: string;
  conflict: Conflict | null;
  onSubmit(): void;
  onCancel?(): void;
  children: ReactNode;
}

/** The frame of every editor form: its fields, the live feedback, and submit with a pending state. */
export function RecordForm({ name, submitLabel, pending, message, conflict, onSubmit, onCancel, children }: RecordFormProps) {
  return (
    <form
      aria-label={name}
      aria-busy={pending}
      className="form form-grid editor-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <FormFeedback
        message={message}
        conflict={conflict?.view ?? null}
        onLoadCurrent={() => conflict?.loadCurrent()}
        onKeepMine={() => conflict?.keepMine()}
      />
      <div className="row-actions editor-form__buttons">
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
