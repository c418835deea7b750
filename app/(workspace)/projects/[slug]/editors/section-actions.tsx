import type { ReactNode } from "react";
import type { DashboardSectionId } from "@/components/dashboard/dashboard-section";
import type { RecordType } from "@/db/records";
import { LazyRecordEditor, LazyRestoreButton } from "./lazy-editors";

/** Which record type each dashboard section edits. */
const SECTION_RECORDS: Partial<Record<DashboardSectionId | "header", RecordType>> = {
  header: "forecast",
  progress: "progressReport",
  milestones: "milestone",
  facts: "fact",
  events: "event",
  sources: "source",
};

/** The editor forms for each dashboard section: only for editors and admins, only from the page. */
export function editorSectionActions(slug: string): Partial<Record<DashboardSectionId | "header", ReactNode>> {
  return Object.fromEntries(
    [
      ...Object.entries(SECTION_RECORDS).map(([section, type]) => [section, <LazyRecordEditor key={section} slug={slug} type={type} />]),
      // Recent changes gives it each deleted record's entry.
      ["changes", <LazyRestoreButton key="changes" slug={slug} />],
    ],
  );
}
