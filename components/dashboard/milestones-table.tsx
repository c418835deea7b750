import type { FuzzyDateData, MilestoneData } from "@/db/dashboard-data";
import { daysBetween } from "@/db/domain/calendar-day";
import { formatFuzzyDate, formatWindow, isExact } from "@/db/domain/fuzzy-date";
import { formatSlippage } from "@/components/format";
import { milestoneLabel } from "./chart-marks";
import { outletOf, type SourceIndex } from "./source-index";
import { TableHead } from "./table-head";
import { MILESTONE_KIND, MILESTONE_STATUS } from "@/db/records/vocabulary";

function FuzzyCell({ date, empty }: { date: FuzzyDateData | null; empty: string }) {
  if (!date) return <span className="muted">{empty}</span>;
  return (
    <>
      <span>{formatFuzzyDate(date)}</span>
      {!isExact(date) && formatWindow(date) !== formatFuzzyDate(date) && <span className="cell-note">{formatWindow(date)}</span>}
    </>
  );
}

function Slippage({ milestone, today }: { milestone: MilestoneData; today: string }) {
  const { slippage, planned, actual } = milestone;
  if (slippage) return <>{formatSlippage(slippage)}</>;
  if (!planned || actual) return <span className="muted">—</span>;
  const overdueBy = daysBetween(planned.latest, today);
  return (
    <>
      <span>not yet</span>
      {overdueBy > 0 && <span className="cell-note">window passed {overdueBy} days ago</span>}
    </>
  );
}

export function MilestonesTable({
  milestones,
  sources,
  today,
}: {
  milestones: readonly MilestoneData[];
  sources: SourceIndex;
  today: string;
}) {
  if (milestones.length === 0) return <p className="muted">No milestones recorded.</p>;
  return (
    <div className="table-scroll" role="region" aria-label="Milestones, planned against actual" tabIndex={0}>
      <table className="data-table stack-on-narrow">
        <TableHead columns={["Kind", "Milestone", "Planned", "Actual", "Slippage", "Status", "Sources"]} />
        <tbody>
          {milestones.map((m) => (
            <tr key={m.id}>
              <td data-label="Kind">{MILESTONE_KIND.labels[m.kind]}</td>
              <th scope="row">
                {milestoneLabel(m)}
                {milestoneLabel(m) !== m.title && <span className="cell-note">{m.title}</span>}
              </th>
              <td data-label="Planned">
                <FuzzyCell date={m.planned} empty="not planned" />
              </td>
              <td data-label="Actual">
                <FuzzyCell date={m.actual} empty="not yet" />
              </td>
              <td data-label="Slippage">
                <Slippage milestone={m} today={today} />
              </td>
              <td data-label="Status">
                <span className={`pill pill--${m.status}`}>{MILESTONE_STATUS.labels[m.status]}</span>
              </td>
              <td data-label="Sources">
                {m.sourceIds.map((id) => outletOf(sources, id)).join(", ") || <span className="muted">—</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
