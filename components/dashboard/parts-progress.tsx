/*
 * Progress of named parts (a span, the approaches), each on its own: a part's figure is never
 * the project's progress, so it is listed here and drawn in the chart's reports strip, not on
 * the whole project's % axis.
 */
import type { DashboardData } from "@/db/dashboard-data";
import { formatFuzzyWithWindow } from "@/db/domain/date-wording";
import { outletOf, type SourceIndex } from "./source-index";
import { TableHead } from "./table-head";

export function PartsProgress({ data, sources }: { data: DashboardData; sources: SourceIndex }) {
  if (data.parts.length === 0) return null;
  return (
    <section className="widget" aria-labelledby="parts-heading">
      <h3 id="parts-heading">Progress of parts</h3>
      <p className="muted small">
        Each part on its own, as its sources measured it. These are not the whole project&apos;s progress and are not
        combined into it.
      </p>
      <div className="table-scroll" role="region" aria-label="Progress of parts, not of the whole project" tabIndex={0}>
        <table className="data-table stack-on-narrow">
          <TableHead columns={["Part", "Latest figure", "Observed", "Source", "Reports"]} />
          <tbody>
            {data.parts.map(({ scope, latest, latestFigure, count }) => {
              const shown = latestFigure ?? latest;
              return (
                <tr key={scope}>
                  <th scope="row">{scope}</th>
                  <td data-label="Latest figure">
                    {shown.figure === null ? "Qualitative (no %)" : `${shown.figure}%`}
                    {shown.arithmetic && <span className="cell-note">{shown.arithmetic}</span>}
                  </td>
                  <td data-label="Observed">
                    {formatFuzzyWithWindow(shown.observed)}
                    {shown !== latest && (
                      <span className="cell-note">a later report gives no figure: observed {formatFuzzyWithWindow(latest.observed)}</span>
                    )}
                  </td>
                  <td data-label="Source">{outletOf(sources, shown.sourceId)}</td>
                  <td data-label="Reports">
                    {count} {count === 1 ? "report" : "reports"}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
