"use client";

import type { ReactNode } from "react";
import { FormFeedback } from "./form-feedback";

/** After a version conflict: the record as it is now, and the two ways on. */
export interface Conflict {
  view: ReactNode;
  loadCurrent(): void;
  keepMine(): void;
}

interface ActionFormProps {
  /** The form's accessible name, e.g. "New progress report". */
  name: string;
  submitLabel: string;
  /** What the button says while the action runs; "Saving…" unless told. */
  pendingLabel?: string;
  pending: boolean;
  message: string;
  conflict?: Conflict | null;
  onSubmit(): void;
  onCancel?(): void;
  className?: string;
  children: ReactNode;
}

/** The frame of every form: its fields, the live feedback, and submit with a pending state. */
export function ActionForm({ name, submitLabel, pendingLabel = "Saving…", pending, message, conflict, onSubmit, onCancel, className, children }: ActionFormProps) {
  return (
    <form
      aria-label={name}
      aria-busy={pending}
      className={className ?? "form form-grid"}
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
      <div className="row-actions form__buttons">
        <button type="submit" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
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
