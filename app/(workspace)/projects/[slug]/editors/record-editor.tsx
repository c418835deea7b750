"use client";

import { RECORD_TYPES, type RecordType } from "@/db/records";
import type { Stored } from "@/db/records/define";
import { AddRecord, ManageRecords } from "./disclosure";
import { RecordForm } from "./record-form";
import { RecordList } from "./record-list";
import { useDashboardData } from "./use-record-mutation";

/** One section's editor: add a record, and correct, delete or trace the ones recorded. */
export function RecordEditor({ slug, type }: { slug: string; type: RecordType }) {
  const definition = RECORD_TYPES[type];
  const records = useDashboardData(slug)[definition.listKey] as readonly Stored[];
  return (
    <div className="editor">
      <AddRecord label={`Add ${definition.noun}`}>{(done) => <RecordForm slug={slug} type={type} onDone={done} />}</AddRecord>
      <ManageRecords summary={`Manage ${definition.plural} (${records.length})`}>
        <RecordList
          slug={slug}
          type={type}
          records={records}
          renderEdit={(record, done) => <RecordForm slug={slug} type={type} record={record} onDone={done} />}
        />
      </ManageRecords>
    </div>
  );
}
