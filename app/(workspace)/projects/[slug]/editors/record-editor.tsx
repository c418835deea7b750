"use client";

import { RECORD_TYPES, type RecordType } from "@/db/records";
import type { Stored } from "@/db/records/define";
import { AddRecord, ManageRecords } from "./disclosure";
import { RECORD_ACTIONS } from "./record-actions";
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
          listKey={definition.listKey}
          entity={definition.entity}
          noun={definition.noun}
          records={records}
          describe={definition.describe as (record: Stored) => string}
          renderEdit={(record, done) => <RecordForm slug={slug} type={type} record={record} onDone={done} />}
          deleteAction={RECORD_ACTIONS[type].delete}
        />
      </ManageRecords>
    </div>
  );
}
