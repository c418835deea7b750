"use client";

import { useEffect, useId, useState, type ReactNode } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { RECORD_NAMES, type RecordType } from "@/db/records/names";
import type { DeleteRecordInput, Stored } from "@/db/records/define";
import { isPending, removeRecord } from "./optimistic";
import { RECORD_ACTIONS } from "./record-actions";
import { RecordHistory } from "./record-history";
import { useRecordMutation } from "./use-record-mutation";

interface RecordListProps {
  slug: string;
  type: RecordType;
  records: readonly Stored[];
  renderEdit(record: Stored, done: () => void): ReactNode;
}

type Open = { id: string; what: "edit" | "history" | "delete" } | null;

/** Each record with Edit, Delete and History; one thing open at a time, so the list stays readable. */
export function RecordList({ slug, type, records, renderEdit }: RecordListProps) {
  const { listKey, entity, noun } = RECORD_NAMES[type];
  const describe = RECORD_NAMES[type].describe as (record: Stored) => string;
  const [open, setOpen] = useState<Open>(null);
  // The button to give focus back to once what it opened closes, so keyboard users keep their place.
  // A new object on every close, so closing the same thing twice refocuses twice.
  const [returnTo, setReturnTo] = useState<{ buttonId: string } | null>(null);
  const listId = useId();
  const buttonId = (id: string, what: string) => `${listId}-${id}-${what}`;
  useEffect(() => {
    if (returnTo) document.getElementById(returnTo.buttonId)?.focus();
  }, [returnTo]);
  const close = (id: string, what: string) => {
    setOpen(null);
    setReturnTo({ buttonId: buttonId(id, what) });
  };
  const remove = useRecordMutation<DeleteRecordInput, { id: string }>({
    slug,
    action: RECORD_ACTIONS[type].delete,
    optimistic: (data, input) => removeRecord(data, listKey, input.id),
  });
  const conflict = remove.current as Stored | null;
  const toggle = (id: string, what: "edit" | "history" | "delete") =>
    setOpen((o) => (o?.id === id && o.what === what ? null : { id, what }));

  return (
    <>
      <FormFeedback
        message={remove.message}
        conflict={conflict && <p>{describe(conflict)} Delete it again if you still mean to.</p>}
      />
      <ul className="record-list">
        {records.map((record) => {
          const name = describe(record);
          const saving = isPending(record.id);
          const isOpen = (what: string) => open?.id === record.id && open.what === what;
          return (
            <li key={record.id} className="record-list__item">
              <p className="record-list__name">
                {name}
                {saving && <span className="muted"> (saving…)</span>}
              </p>
              {!saving && (
                <div className="row-actions">
                  <button id={buttonId(record.id, "edit")} type="button" aria-expanded={isOpen("edit")} onClick={() => toggle(record.id, "edit")}>
                    Edit<span className="visually-hidden"> {noun}: {name}</span>
                  </button>
                  <button id={buttonId(record.id, "delete")} type="button" aria-expanded={isOpen("delete")} onClick={() => toggle(record.id, "delete")}>
                    Delete<span className="visually-hidden"> {noun}: {name}</span>
                  </button>
                  <button type="button" aria-expanded={isOpen("history")} onClick={() => toggle(record.id, "history")}>
                    History<span className="visually-hidden"> of {noun}: {name}</span>
                  </button>
                </div>
              )}
              {isOpen("edit") && renderEdit(record, () => close(record.id, "edit"))}
              {isOpen("delete") && (
                <div className="row-actions record-list__confirm" role="group" aria-label={`Delete ${noun}`}>
                  <span>Delete this {noun}? It stays in the history.</span>
                  <button
                    type="button"
                    disabled={remove.pending}
                    onClick={() => {
                      setOpen(null);
                      remove.submit({ projectSlug: slug, id: record.id, version: record.version });
                    }}
                  >
                    Yes, delete<span className="visually-hidden"> {noun}: {name}</span>
                  </button>
                  <button type="button" onClick={() => close(record.id, "delete")}>
                    Keep it
                  </button>
                </div>
              )}
              {isOpen("history") && <RecordHistory slug={slug} entity={entity} id={record.id} name={`${noun}: ${name}`} />}
            </li>
          );
        })}
      </ul>
    </>
  );
}
