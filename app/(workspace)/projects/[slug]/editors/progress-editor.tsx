"use client";

import { deleteProgressReport } from "../actions";
import { AddRecord, ManageRecords } from "./disclosure";
import { describeReport, ProgressReportForm } from "./progress-report-form";
import { RecordList } from "./record-list";
import { useDashboardData } from "./use-record-mutation";

/** Progress section: add a report, and correct or delete the ones recorded. */
export function ProgressEditor({ slug }: { slug: string }) {
  const { reports } = useDashboardData(slug);
  return (
    <div className="editor">
      <AddRecord label="Add progress report">{(done) => <ProgressReportForm slug={slug} onDone={done} />}</AddRecord>
      <ManageRecords summary={`Manage progress reports (${reports.length})`}>
        <RecordList
          slug={slug}
          listKey="reports"
          entity="progress_report"
          noun="progress report"
          records={reports}
          describe={describeReport}
          renderEdit={(report, done) => <ProgressReportForm slug={slug} report={report} onDone={done} />}
          deleteAction={deleteProgressReport}
        />
      </ManageRecords>
    </div>
  );
}
