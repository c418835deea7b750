"use client";

import { deleteMilestone } from "../actions";
import { AddRecord, ManageRecords } from "./disclosure";
import { describeMilestone, MilestoneForm } from "./milestone-form";
import { RecordList } from "./record-list";
import { useDashboardData } from "./use-record-mutation";

/** Milestones section: update planned and actual dates and status, or add a milestone. */
export function MilestonesEditor({ slug }: { slug: string }) {
  const { milestones } = useDashboardData(slug);
  return (
    <div className="editor">
      <AddRecord label="Add milestone">{(done) => <MilestoneForm slug={slug} onDone={done} />}</AddRecord>
      <ManageRecords summary={`Update milestones (${milestones.length})`}>
        <RecordList
          slug={slug}
          listKey="milestones"
          entity="milestone"
          noun="milestone"
          records={milestones}
          describe={describeMilestone}
          renderEdit={(milestone, done) => <MilestoneForm slug={slug} milestone={milestone} onDone={done} />}
          deleteAction={deleteMilestone}
        />
      </ManageRecords>
    </div>
  );
}
