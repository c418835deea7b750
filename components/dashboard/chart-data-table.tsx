"use client";

import { useMemo } from "react";
import type { DashboardData } from "@/db/dashboard-data";
import { compareFuzzy, formatFuzzyDate, formatWindow } from "@/db/domain/fuzzy-date";
import { formatFuzzyWithWindow } from "@/db/domain/date-wording";
import { formatSlippage } from "@/components/format";
import { EVENT_CATEGORY, MILESTONE_KIND } from "@/db/records/vocabulary";
import { milestoneLabel } from "./chart-marks";
import { PlannedPointsTable } from "./planned-points-table";
import { ReportsTable } from "./reports-table";
import { outletOf, type SourceIndex } from "./source-index";
import { Pager } from "./pager";
import { TableHead } from "./table-head";
import { useListPage } from "./use-list-page";

function MilestonesReached({ data, sources }: { data: DashboardData; sources: SourceIndex }) {
  const reached = data.milestones.flatMap((m) => (m.actual ? [{ m, actual: m.actual }] : []));
  reached.sort((a, b) => compareFuzzy(a.actual, b.actual));
  return (
    <div className="table-scroll" role="region" aria-label="Milestones reached, on the chart" tabIndex={0}>
      <table>
        <caption>Milestones reached, on the chart</caption>
        <TableHead columns={["Reached", "Days it can mean", "Milestone", "Kind", "Planned", "Slippage", "Sources"]} />
        <tbody>
          {reached.length === 0 && (
            <tr>
              <td colSpan={7}>No milestone has an actual date yet.</td>
            </tr>
          )}
          {reached.map(({ m, actual }) => (
            <tr key={m.id}>
              <td>{formatFuzzyDate(actual)}</td>
              <td>{formatWindow(actual)}</td>
              <td>{milestoneLabel(m)}</td>
              <td>{MILESTONE_KIND.labels[m.kind]}</td>
              <td>{m.planned ? formatFuzzyWithWindow(m.planned) : <span className="muted">not recorded</span>}</td>
              <td>{m.slippage ? formatSlippage(m.slippage) : <span className="muted">—</span>}</td>
              <td>{m.sourceIds.map((id) => outletOf(sources, id)).join(", ") || <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EventsOnChart({ data, sources }: { data: DashboardData; sources: SourceIndex }) {
  const events = useMemo(() => [...data.events].sort((a, b) => compareFuzzy(a.date, b.date)), [data.events]);
  const page = useListPage(data.paged, "events", events);
  return (
    <>
      <div className="table-scroll" role="region" aria-label="Events on the chart" tabIndex={0}>
        <table>
          <caption>
            Events on the chart
            {page.elsewhere && <span className="cell-note">Listed here: {page.elsewhere}.</span>}
          </caption>
          <TableHead columns={["Date", "Days it can mean", "Event", "Category", "Source"]} />
          <tbody>
            {page.total === 0 && (
              <tr>
                <td colSpan={5}>No events recorded.</td>
              </tr>
            )}
            {page.rows.map((e) => (
              <tr key={e.id}>
                <td>{formatFuzzyDate(e.date)}</td>
                <td>{formatWindow(e.date)}</td>
                <td>{e.title}</td>
                <td>{EVENT_CATEGORY.labels[e.category]}</td>
                <td>{outletOf(sources, e.sourceId)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager label="Events on the chart" noun="events" {...page} onPage={page.setPage} />
    </>
  );
}

/** The chart's data as tables: everything it draws, for screen readers and for anyone who wants the numbers. */
export function ChartDataTable({ data, sources }: { data: DashboardData; sources: SourceIndex }) {
  return (
    <details className="chart-data">
      <summary>Show the chart data as tables</summary>
      <PlannedPointsTable data={data} />
      <ReportsTable data={data} sources={sources} />
      <MilestonesReached data={data} sources={sources} />
      <EventsOnChart data={data} sources={sources} />
    </details>
  );
}
