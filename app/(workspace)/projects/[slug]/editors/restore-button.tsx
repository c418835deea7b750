"use client";

import type { ChangeData } from "@/db/dashboard-data";
import { isHistoryEntity } from "@/db/records";
import { restoreRecord } from "../actions";
import { useRecordMutation } from "./use-record-mutation";

interface RestoreButtonProps {
  slug: string;
  /** The delete entry; the recent-changes list fills it in for each deleted record. */
  change?: ChangeData;
}

/** Brings a deleted record back from its delete entry; the dashboard refetches once it is saved. */
export function RestoreButton({ slug, change }: RestoreButtonProps) {
  const mutation = useRecordMutation({ slug, action: restoreRecord });
  if (!change || change.action !== "delete" || !isHistoryEntity(change.entity)) return null;
  const { entity, entityId: id } = change;
  return (
    <div className="changes__restore">
      <button type="button" className="button button--small" disabled={mutation.pending} onClick={() => mutation.submit({ projectSlug: slug, entity, id })}>
        {mutation.pending ? "Restoring…" : "Restore"}
      </button>
      <span aria-live="polite" className="field-error">
        {mutation.message}
      </span>
    </div>
  );
}
