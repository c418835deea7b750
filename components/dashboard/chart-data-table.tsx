import type { DashboardData } from "@/db/dashboard-data";
import { compareFuzzy, formatFuzzyDate, formatWindow, isExact, midpoint } from "@/db/domain/fuzzy-date";
import { plannedPercentOn } from "@/db/domain/planned-curve";
import { formatPercentBand } from "@/components/format";
import { formatDay, formatFuzzyWithWindow } from "@/db/domain/date-wording";
import { EVIDENCE_SHAPE_NAMES } from "./evidence-shape";
import { outletOf, type SourceIndex } from "./source-index";
import { TableHead } from "./table-head";
import { CONFIDENCE, EVENT_CATEGORY, SOURCE_KIND } from "@/db/records/vocabulary";

function plannedKeyDates(data: DashboardData): { day: string; what: string }[] {
  const plan = data.planned;
  if (!plan) return [];
  const rows = [
    { day: plan.start, what: "Construction start" },
    { day: plan.window.earliest, what: "Earliest planned completion" },
    { day: midpoint(plan.window), what: "Mid-window" },
    { day: plan.window.latest, what: "Latest planned completion" },
    { day: data.today, what: "Today" },
  ];
  return rows.filter((r, i) => !(i === 2 && isExact(plan.window))).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** The chart's data as tables: the same facts for screen readers and for anyone who wants the numbers. */
export function ChartDataTable({ data, sources }: { data: DashboardData; sources: SourceIndex }) {
  const plan = data.planned;
  const events = [...data.events].sort((a, b) => compareFuzzy(a.date, b.date));
  const reports = [...data.reports].sort((a, b) => compareFuzzy(a.observed, b.observed));
  return (
    <details className="chart-data">
      <summary>Show the chart data as tables</summary>

      <div className="table-scroll" role="region" aria-label="Planned progress at key dates" tabIndex={0}>
        <table>
          <caption>Planned progress at key dates</caption>
          <TableHead columns={["Date", "Point", "Planned (low–high)", "Mid-window curve"]} />
          <tbody>
            {plan ? (
              plannedKeyDates(data).map((row) => {
                const p = plannedPercentOn(row.day, plan.start, plan.window);
                return (
                  <tr key={`${row.what}-${row.day}`}>
                    <td>{formatDay(row.day)}</td>
                    <td>{row.what}</td>
                    <td>{formatPercentBand(p)}</td>
                    <td>{p.mid}%</td>
                  </tr>
                );
              })
            ) : (
              <tr>
                <td colSpan={4}>No plan of record, so no planned curve.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>

      <div className="table-scroll" role="region" aria-label="Reported progress" tabIndex={0}>
        <table>
          <caption>Reported progress</caption>
          <TableHead columns={["Observed", "Complete", "Source", "Evidence (marker)", "Confidence", "Summary"]} />
          <tbody>
            {reports.length === 0 && (
              <tr>
                <td colSpan={6}>No progress reports yet.</td>
              </tr>
            )}
            {reports.map((r) => (
              <tr key={r.id}>
                <td>{formatFuzzyWithWindow(r.observed)}</td>
                <td>{r.percent === null ? "Qualitative (no %)" : `${r.percent}%`}</td>
                <td>{outletOf(sources, r.sourceId)}</td>
                <td>
                  {SOURCE_KIND.labels[r.evidenceKind]} ({EVIDENCE_SHAPE_NAMES[r.evidenceKind]})
                </td>
                <td>{CONFIDENCE.labels[r.confidence]}</td>
                <td>{r.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="table-scroll" role="region" aria-label="Events on the chart" tabIndex={0}>
        <table>
          <caption>Events on the chart</caption>
          <TableHead columns={["Date", "Days it can mean", "Event", "Category", "Source"]} />
          <tbody>
            {events.length === 0 && (
              <tr>
                <td colSpan={5}>No events recorded.</td>
              </tr>
            )}
            {events.map((e) => (
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
    </details>
  );
}
