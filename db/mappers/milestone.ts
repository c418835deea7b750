import { slippage } from "../domain/fuzzy-date";
import type { MilestoneData, MilestoneFields } from "../records/milestone";
import type { Milestone } from "../schema";
import { optionalFuzzyColumns, optionalFuzzyOf } from "./fuzzy-columns";

/** The columns a milestone's fields are stored in; the cited source is a link, not a column. */
export function milestoneColumns({ title, label, planned, actual, status }: MilestoneFields) {
  return { title, label, status, ...optionalFuzzyColumns("planned", planned), ...optionalFuzzyColumns("actual", actual) };
}

export function toMilestoneData(row: Milestone, sourceIds: string[]): MilestoneData {
  const planned = optionalFuzzyOf(row, "planned");
  const actual = optionalFuzzyOf(row, "actual");
  const { id, kind, label, title, status, version } = row;
  return {
    id,
    kind,
    label,
    title,
    planned,
    actual,
    status,
    sourceIds,
    slippage: planned && actual ? slippage(planned, actual) : null,
    version,
  };
}
