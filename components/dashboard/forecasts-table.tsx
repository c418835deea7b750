"use client";

/*
 * Every completion forecast in the order it was claimed, the baseline and the current plan
 * named: a later claim stands beside the earlier ones, it does not silently replace them.
 */
import type { DashboardData, ForecastData } from "@/db/dashboard-data";
import { formatFuzzyWithWindow } from "@/db/domain/date-wording";
import { outletOf, type SourceIndex } from "./source-index";
import { TableHead } from "./table-head";
import { Pager } from "./pager";
import { usePage } from "./use-list-page";

function roleOf(f: ForecastData, plans: DashboardData["plans"]): string {
  const isBaseline = f.id === plans.baseline?.id;
  const isCurrent = f.id === plans.current?.id;
  const role =
    isBaseline && isCurrent
      ? "Original and current plan"
      : isBaseline
        ? "Original plan"
        : isCurrent
          ? "Current plan"
          : !f.accepted
            ? "Not accepted: counts for no plan"
            : !f.window
              ? "Not counted until its window can be computed"
              : "Accepted; a later claim replaced it";
  const ties = [
    plans.baselineTies.includes(f.id) && !isBaseline ? "claimed at about the same time as the original plan" : null,
    plans.currentTies.includes(f.id) && !isCurrent ? "claimed at about the same time as the current plan" : null,
  ].filter((t) => t !== null);
  return [role, ...ties].join("; ");
}

export function ForecastsTable({ data, sources }: { data: DashboardData; sources: SourceIndex }) {
  const page = usePage(data.forecasts);
  return (
    <section className="widget" aria-labelledby="forecasts-heading">
      <h3 id="forecasts-heading">Completion forecasts</h3>
      {data.forecasts.length === 0 ? (
        <p className="muted">No completion forecast recorded.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Completion forecasts, in the order they were claimed" tabIndex={0}>
          <table className="data-table stack-on-narrow">
            <caption className="visually-hidden">Completion forecasts, in the order they were claimed</caption>
            <TableHead columns={["Claimed", "Completion", "How", "Source", "Accepted", "Role", "Note"]} />
            <tbody>
              {page.rows.map((f) => (
                <tr key={f.id}>
                  <th scope="row">{formatFuzzyWithWindow(f.claimed)}</th>
                  <td data-label="Completion">{f.window ? formatFuzzyWithWindow(f.window) : <span className="muted">not computable yet</span>}</td>
                  <td data-label="How">{f.derivedFrom ? (f.arithmetic ?? `${f.duration} after a milestone`) : "As claimed"}</td>
                  <td data-label="Source">{outletOf(sources, f.sourceId)}</td>
                  <td data-label="Accepted">{f.accepted ? "Yes" : "No"}</td>
                  <td data-label="Role">{roleOf(f, data.plans)}</td>
                  <td data-label="Note">{f.note ?? <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager label="Completion forecasts" noun="forecasts" {...page} onPage={page.setPage} />
    </section>
  );
}
