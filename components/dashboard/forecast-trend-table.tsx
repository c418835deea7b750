"use client";

import type { DashboardData } from "@/db/dashboard-data";
import { formatFuzzyWithWindow } from "@/db/domain/date-wording";
import type { ForecastTrend } from "@/db/domain/forecast-trend";
import { TREND_ROLE_WORDS } from "./forecast-trend-words";
import { outletOf, type SourceIndex } from "./source-index";
import { TableHead } from "./table-head";
import { Pager } from "./pager";
import { usePage } from "./use-list-page";

const CAPTION = "Completion forecasts over time, in the order they were claimed";

/** The trend chart's twin: every claim, drawn or not, with how it was arrived at. */
export function ForecastTrendTable({ data, trend, sources }: { data: DashboardData; trend: ForecastTrend; sources: SourceIndex }) {
  const drawn = new Set(trend.marks.map((m) => m.id));
  const facts = new Map([...trend.marks, ...trend.unplotted].map((m) => [m.id, m]));
  const page = usePage(data.forecasts);
  return (
    <details className="chart-data">
      <summary>Show the forecast chart data as a table</summary>
      <div className="table-scroll" role="region" aria-label={CAPTION} tabIndex={0}>
        <table data-testid="forecast-trend-table">
          <caption>{CAPTION}</caption>
          <TableHead columns={["Claimed", "Completion", "Drawn", "Source", "Derived", "Accepted", "Role"]} />
          <tbody>
            {page.rows.map((f) => {
              const row = facts.get(f.id);
              if (!row) return null;
              return (
                <tr key={f.id}>
                  <td>{formatFuzzyWithWindow(f.claimed)}</td>
                  <td>{f.window ? formatFuzzyWithWindow(f.window) : <span className="muted">not computable yet</span>}</td>
                  <td>{drawn.has(f.id) ? "Yes" : "No: no window yet"}</td>
                  <td>{outletOf(sources, f.sourceId)}</td>
                  <td>{row.derived ? (row.arithmetic ?? `${f.duration} after a milestone`) : <span className="muted">As claimed</span>}</td>
                  <td>{f.accepted ? "Yes" : "No"}</td>
                  <td>{TREND_ROLE_WORDS[row.role]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pager label={CAPTION} noun="forecasts" {...page} onPage={page.setPage} />
    </details>
  );
}
