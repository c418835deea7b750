"use client";

import type { DashboardData } from "@/db/dashboard-data";
import { formatFuzzyWithWindow } from "@/db/domain/date-wording";
import { formatGap } from "@/components/format";
import { CONFIDENCE, SOURCE_KIND } from "@/db/records/vocabulary";
import { onPercentAxis } from "./chart-marks";
import { EVIDENCE_SHAPE_NAMES } from "./evidence-shape";
import { reportGapJudge, type PlanGap } from "./report-gaps";
import { outletOf, type SourceIndex } from "./source-index";
import { Pager } from "./pager";
import { TableHead } from "./table-head";
import { useListPage } from "./use-list-page";

const COLUMNS = [
  "Observed",
  "Published",
  "Scope",
  "Figure",
  "On the chart",
  "Gap against the plan in force then",
  "Gap against the current plan",
  "Source",
  "Evidence (marker)",
  "Confidence",
  "Summary",
];

function Gap({ gap, none }: { gap: PlanGap | null; none: string }) {
  if (!gap) return <span className="muted">{none}</span>;
  return (
    <>
        {formatGap(gap.gap)}
        <span className="cell-note">
          {gap.planText}, claimed {gap.claimedText}
        </span>
    </>
  );
}

/** Every report the chart draws, on the % axis or in the reports strip, with its arithmetic; a page at a time. */
export function ReportsTable({ data, sources }: { data: DashboardData; sources: SourceIndex }) {
  const judge = reportGapJudge(data);
  const page = useListPage(data.paged, "reports", data.reports);
  return (
    <>
      <div className="table-scroll" role="region" aria-label="Reported progress" tabIndex={0}>
        <table>
          <caption>
            Reported progress
            {page.elsewhere && <span className="cell-note">Listed here: {page.elsewhere}.</span>}
          </caption>
          <TableHead columns={COLUMNS} />
          <tbody>
            {page.total === 0 && (
              <tr>
                <td colSpan={COLUMNS.length}>No progress reports yet.</td>
              </tr>
            )}
            {page.rows.map((r) => {
              const gaps = judge(r);
              const whole = onPercentAxis(r);
              const none = whole ? "no plan" : "—";
              return (
                <tr key={r.id}>
                  <td>{formatFuzzyWithWindow(r.observed)}</td>
                  <td>{r.published ? formatFuzzyWithWindow(r.published) : <span className="muted">not recorded</span>}</td>
                  <td>{r.scope ? `Part: ${r.scope}` : "Whole project"}</td>
                  <td>
                    {r.figure === null ? "Qualitative (no %)" : `${r.figure}%`}
                    {r.arithmetic && <span className="cell-note">{r.arithmetic}</span>}
                  </td>
                  <td>{whole ? "On the % axis" : "In the reports strip (not the whole project's %)"}</td>
                  <td>
                    <Gap gap={gaps.then} none={none} />
                  </td>
                  <td>{gaps.then && !gaps.current ? <span className="muted">the same plan</span> : <Gap gap={gaps.current} none={none} />}</td>
                  <td>{outletOf(sources, r.sourceId)}</td>
                  <td>
                    {SOURCE_KIND.labels[r.evidenceKind]} ({EVIDENCE_SHAPE_NAMES[r.evidenceKind]})
                  </td>
                  <td>{CONFIDENCE.labels[r.confidence]}</td>
                  <td>{r.summary}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pager label="Reported progress" noun="reports" {...page} onPage={page.setPage} />
    </>
  );
}
