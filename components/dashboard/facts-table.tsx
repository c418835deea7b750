"use client";

/*
 * Project facts, grouped by attribute (db/domain/fact-groups.ts). Each fact keeps its own value,
 * qualifier, date and source; facts that disagree are shown side by side with why, never merged
 * into one value.
 */
import type { DashboardData, FactData } from "@/db/dashboard-data";
import { formatFuzzyWithWindow } from "@/db/domain/date-wording";
import { CONFLICT_RULE, type FactGroup } from "@/db/domain/fact-groups";
import { formatValue } from "@/db/domain/units";
import { outletOf, type SourceIndex } from "./source-index";
import { TableHead } from "./table-head";
import { Pager } from "./pager";
import { usePage } from "./use-list-page";

function describeFact(f: FactData, sources: SourceIndex): string {
  return `${formatValue(f.value, f.unit)}${f.qualifier ? ` (${f.qualifier})` : ""}, ${outletOf(sources, f.sourceId)}`;
}

function FactGroupCard({ group, index, sources }: { group: FactGroup<FactData>; index: number; sources: SourceIndex }) {
  const headingId = `fact-group-${index}`;
  const disagree = group.conflicts.length > 0;
  const byId = new Map(group.facts.map((f) => [f.id, f]));
  const conflicting = new Set(group.conflicting);
  const page = usePage(group.facts);
  return (
    <section className={disagree ? "fact-group fact-group--conflict" : "fact-group"} aria-labelledby={headingId}>
      <h3 id={headingId} className="fact-group__head">
        {group.attribute}
        {disagree && <span className="pill pill--conflict">Sources disagree</span>}
      </h3>
      <div className="table-scroll" role="region" aria-label={`${group.attribute}: values by source`} tabIndex={0}>
        <table className="data-table stack-on-narrow">
          <caption className="visually-hidden">{group.attribute}: each source&apos;s value</caption>
          <TableHead columns={["Value", "Qualifier", "As of", "Source", "In conflict"]} />
          <tbody>
            {page.rows.map((f) => (
              <tr key={f.id} className={conflicting.has(f.id) ? "is-conflicting" : undefined}>
                <th scope="row">{formatValue(f.value, f.unit)}</th>
                <td data-label="Qualifier">{f.qualifier ?? <span className="muted">—</span>}</td>
                <td data-label="As of">{f.asOf ? formatFuzzyWithWindow(f.asOf) : <span className="muted">not stated</span>}</td>
                <td data-label="Source">{outletOf(sources, f.sourceId)}</td>
                <td data-label="In conflict">{conflicting.has(f.id) ? "Yes" : "No"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager label={`${group.attribute}: values by source`} noun="facts" {...page} onPage={page.setPage} />
      {disagree && (
        <ul className="fact-group__conflicts" aria-label={`Why the sources on ${group.attribute} disagree`}>
          {group.conflicts.map((c) => {
            const a = byId.get(c.a);
            const b = byId.get(c.b);
            return (
              <li key={`${c.a}-${c.b}`}>
                {a && b && (
                  <>
                    {describeFact(a, sources)} against {describeFact(b, sources)}:{" "}
                  </>
                )}
                {c.kind === "incomparable" ? `not comparable (${c.reason})` : c.reason}
              </li>
            );
          })}
          {group.conflictCount > group.conflicts.length && (
            <li className="muted">
              …and {(group.conflictCount - group.conflicts.length).toLocaleString("en-US")} more pairs that conflict, not spelled out here:
              every fact is in the table above, marked in conflict or not.
            </li>
          )}
        </ul>
      )}
    </section>
  );
}

export function FactsTable({ data, sources }: { data: DashboardData; sources: SourceIndex }) {
  if (data.factGroups.length === 0) return <p className="muted">No project facts recorded.</p>;
  return (
    <>
      <p className="muted small">
        Each source&apos;s value is shown as given, grouped by what it describes. {CONFLICT_RULE}
      </p>
      <div className="fact-groups">
        {data.factGroups.map((g, i) => (
          <FactGroupCard key={g.key} group={g} index={i} sources={sources} />
        ))}
      </div>
    </>
  );
}
