"use client";

import { useChangeEntry } from "@/components/dashboard/recent-changes";
import { describeChange } from "@/db/changes/change-words";
import type { ChangeData } from "@/db/dashboard-data";
import { isHistoryEntity } from "@/db/records/names";
import { restoreRecord } from "../actions";
import { useRecordMutation } from "./use-record-mutation";

interface RestoreButtonProps {
  slug: string;
  /** The delete entry; inside Recent changes, the entry it is shown in. */
  change?: ChangeData;
}

/** Brings a deleted record back from its delete entry; the dashboard refetches once it is saved. */
export function RestoreButton({ slug, change: given }: RestoreButtonProps) {
  const entry = useChangeEntry();
  const change = given ?? entry;
  const mutation = useRecordMutation({ slug, action: restoreRecord });
  if (!change || change.action !== "delete" || !isHistoryEntity(change.entity)) return null;
  const { entity, entityId: id } = change;
  return (
    <div className="changes__restore">
      <button type="button" className="button button--small" disabled={mutation.pending} onClick={() => mutation.submit({ projectSlug: slug, entity, id })}>
        {mutation.pending ? "Restoring…" : "Restore"}
        {/* One button per deleted record: its name says which. */}
        <span className="visually-hidden">: {describeChange(change).title}</span>
      </button>
      <span aria-live="polite" className="field-error">
        {mutation.message}
      </span>
    </div>
  );
}
