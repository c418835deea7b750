"use client";

import dynamic from "next/dynamic";
import type { Stored } from "@/db/records/define";
import { pluralOf, RECORD_NAMES, type RecordType } from "@/db/records/names";
import { DeletedRecords } from "./deleted-records";
import { AddRecord, ManageRecords } from "./disclosure";
import { RecordList } from "./record-list";
import { useDashboardData } from "./use-record-mutation";

/*
 * The form drafts with the record types' zod schemas: it loads when an editor first opens one,
 * and the list and its controls, on first paint, need only the types' names.
 */
const RecordForm = dynamic(() => import("./record-form").then((m) => m.RecordForm), {
  loading: () => (
    <p className="muted" role="status">
      Loading the form…
    </p>
  ),
});

/** One section's editor: add a record, correct, delete or trace the ones recorded, and restore deleted ones. */
export function RecordEditor({ slug, type }: { slug: string; type: RecordType }) {
  const names = RECORD_NAMES[type];
  const records = useDashboardData(slug)[names.listKey] as readonly Stored[];
  return (
    <div className="editor">
      <AddRecord label={`Add ${names.noun}`}>{(done) => <RecordForm slug={slug} type={type} onDone={done} />}</AddRecord>
      <ManageRecords summary={`Manage ${pluralOf(names)} (${records.length})`}>
        <RecordList
          slug={slug}
          type={type}
          records={records}
          renderEdit={(record, done) => <RecordForm slug={slug} type={type} record={record} onDone={done} />}
        />
      </ManageRecords>
      <DeletedRecords slug={slug} type={type} />
    </div>
  );
}
