"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/**
 * A button that opens a form below it (aria-expanded), so the dashboard stays readable. The
 * form mounts fresh on each opening; `done` closes it and puts focus back on the button.
 */
export function AddRecord({ label, children }: { label: string; children: (done: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  // Counts closings by `done`, so focus returns to the button after each one (not on first render).
  const [closings, setClosings] = useState(0);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (closings > 0) button.current?.focus();
  }, [closings]);
  const done = () => {
    setOpen(false);
    setClosings((n) => n + 1);
  };
  return (
    <div className="editor__add">
      <div className="row-actions">
        <button ref={button} type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
          {label}
        </button>
      </div>
      <div id={id} hidden={!open}>
        {open && children(done)}
      </div>
    </div>
  );
}

/** The list of records to edit, folded away until asked for, and rendered only then (a large project's lists are long). */
export function ManageRecords({ summary, children }: { summary: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="editor__manage" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children}
    </details>
  );
}
