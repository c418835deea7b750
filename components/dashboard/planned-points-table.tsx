"use client";

import type { DashboardData, PlannedBand } from "@/db/dashboard-data";
import { formatDay } from "@/db/domain/date-wording";
import { formatFuzzyDate, formatWindow, isExact, midpoint } from "@/db/domain/fuzzy-date";
import { plannedPercentOn } from "@/db/domain/planned-curve";
import { formatPercentBand } from "@/components/format";
import { bandsOf, supersededBands } from "./chart-model";
import { Pager } from "./pager";
import { TableHead } from "./table-head";
import { usePage } from "./use-list-page";

/** Past this many plans a column each would not fit: the table lists one row per plan and point instead. */
const MAX_PLAN_COLUMNS = 4;

interface KeyPoint {
  day: string;
  /** When, in words at the precision known: never a window's edge written as a plain day. */
  when: string;
  what: string;
}

/** Construction start as recorded: the curve starts on its first possible day. */
function startPoint(data: DashboardData, start: string): KeyPoint {
  const m = data.milestones.find((x) => x.kind === "construction_start" && (x.actual || x.planned));
  const date = m?.actual ?? m?.planned;
  if (!date || isExact(date)) return { day: start, when: formatDay(start), what: "Construction start" };
  return { day: start, when: `${formatFuzzyDate(date)} (the curve starts on its first day)`, what: "Construction start" };
}

function windowPoints(band: PlannedBand, name: string): KeyPoint[] {
  const w = band.window;
  const words = formatWindow(w);
  if (isExact(w)) return [{ day: w.earliest, when: formatDay(w.earliest), what: `${name}: planned completion` }];
  return [
    { day: w.earliest, when: `first day of ${words}`, what: `${name}: completion window opens` },
    { day: midpoint(w), when: `middle of ${words}`, what: `${name}: mid-window` },
    { day: w.latest, when: `last day of ${words}`, what: `${name}: completion window closes` },
  ];
}

const cell = (band: PlannedBand, day: string) => {
  const p = plannedPercentOn(day, band.start, band.window);
  return p.low === p.high ? formatPercentBand(p) : `${formatPercentBand(p)} (mid ${p.mid}%)`;
};

/** The planned curves at their key points, one column per plan drawn. */
export function PlannedPointsTable({ data }: { data: DashboardData }) {
  const { main, base } = bandsOf(data);
  // Every plan the chart draws has its column: current, original, and the superseded ones between.
  const superseded = supersededBands(data, [main, base].filter((b) => b !== null));
  const plans = [
    main && { band: main, name: `${base ? "Current plan" : "Plan"} (${formatFuzzyDate(main.window)})` },
    base && { band: base, name: `Original plan (${formatFuzzyDate(base.window)})` },
    ...superseded.map((band) => ({ band, name: `Superseded plan (${formatFuzzyDate(band.window)})` })),
  ].filter((p) => p !== null);
  const points = main
    ? [
        startPoint(data, main.start),
        ...plans.flatMap((p) => windowPoints(p.band, p.name)),
        { day: data.today, when: formatDay(data.today), what: "Today" },
      ].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
    : [];
  if (plans.length > MAX_PLAN_COLUMNS) return <PlannedPointsByPlan plans={plans} points={points} />;
  return (
    <div className="table-scroll" role="region" aria-label="Planned progress at key points" tabIndex={0}>
      <table>
        <caption>Planned progress at key points</caption>
        <TableHead columns={["When", "Point", ...plans.map((p) => `${p.name}: planned (low–high)`)]} />
        <tbody>
          {points.map((row) => (
            <tr key={`${row.what}-${row.day}`}>
              <td>{row.when}</td>
              <td>{row.what}</td>
              {plans.map((p) => (
                <td key={p.name}>{cell(p.band, row.day)}</td>
              ))}
            </tr>
          ))}
          {!main && (
            <tr>
              <td colSpan={2}>No plan of record, or no construction start: so no planned curve.</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

/** Many plans: each plan's value at every key point, one row each, a page at a time. */
function PlannedPointsByPlan({ plans, points }: { plans: { band: PlannedBand; name: string }[]; points: KeyPoint[] }) {
  const rows = points.flatMap((point) => plans.map((plan) => ({ point, plan })));
  const page = usePage(rows);
  return (
    <>
      <div className="table-scroll" role="region" aria-label="Planned progress at key points" tabIndex={0}>
        <table>
          <caption>
            Planned progress at key points, for each of {plans.length} plans
          </caption>
          <TableHead columns={["When", "Point", "Plan", "Planned (low–high)"]} />
          <tbody>
            {page.rows.map(({ point, plan }) => (
              <tr key={`${point.what}-${point.day}-${plan.name}`}>
                <td>{point.when}</td>
                <td>{point.what}</td>
                <td>{plan.name}</td>
                <td>{cell(plan.band, point.day)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager label="Planned progress at key points" noun="values" {...page} onPage={page.setPage} />
    </>
  );
}
