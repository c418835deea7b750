"use client";

import { deleteSource } from "../actions";
import { AddRecord, ManageRecords } from "./disclosure";
import { RecordList } from "./record-list";
import { describeSource, SourceForm } from "./source-form";
import { useDashboardData } from "./use-record-mutation";

/** Sources section: add, correct or delete sources; a source still cited cannot be deleted. */
export function SourcesEditor({ slug }: { slug: string }) {
  const { sources } = useDashboardData(slug);
  return (
    <div className="editor">
      <AddRecord label="Add source">{(done) => <SourceForm slug={slug} onDone={done} />}</AddRecord>
      <ManageRecords summary={`Manage sources (${sources.length})`}>
        <RecordList
          slug={slug}
          listKey="sources"
          entity="source"
          noun="source"
          records={sources}
          describe={describeSource}
          renderEdit={(source, done) => <SourceForm slug={slug} source={source} onDone={done} />}
          deleteAction={deleteSource}
        />
      </ManageRecords>
    </div>
  );
}
