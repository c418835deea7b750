"use client";

import type { ReactNode } from "react";

interface FormFeedbackProps {
  /** Why the last save failed; empty when it did not. */
  message: string;
  /** The record as it is now, after someone else changed it, described for a reader. */
  conflict: ReactNode | null;
  /** For forms: loads the current value into the fields. */
  onLoadCurrent?(): void;
  /** For forms: keeps what the user typed, now to be saved over the current value. */
  onKeepMine?(): void;
}

/**
 * The form's aria-live region: the reason a save failed, and on a version conflict the current
 * value with a way to load it into the form (what the user typed stays until they choose to).
 */
export function FormFeedback({ message, conflict, onLoadCurrent, onKeepMine }: FormFeedbackProps) {
  return (
    <div role="status" aria-live="polite" className="form-message">
      {conflict ? (
        <div className="conflict">
          <p>
            <strong>Someone else changed this record while you were editing it.</strong>{" "}
            {onLoadCurrent ? "Your changes are still in the form and were not saved." : "Nothing was changed."} It now
            reads:
          </p>
          <div className="conflict__current">{conflict}</div>
          {onLoadCurrent && onKeepMine && (
            <div className="row-actions">
              <button type="button" onClick={onLoadCurrent}>
                Load the current value
              </button>
              <button type="button" onClick={onKeepMine}>
                Keep my changes to save over it
              </button>
            </div>
          )}
        </div>
      ) : (
        message
      )}
    </div>
  );
}
