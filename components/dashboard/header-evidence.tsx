/*
 * The evidence in the header: the latest report of any kind beside the latest whole-project
 * figure (a part's figure or a qualitative report is never passed off as the project's
 * progress), then what the plans set for today and the gap, against each plan when it moved.
 */
import type { DashboardData, ProgressReportData, ReportTies } from "@/db/dashboard-data";
import { formatFuzzyDate } from "@/db/domain/fuzzy-date";
import { formatGap, formatPercentBand } from "@/components/format";
import { SOURCE_KIND } from "@/db/records/vocabulary";
import { ageWords, shownPlans } from "./claim-wording";
import { outletOf, type SourceIndex } from "./source-index";

function observedNote(r: ProgressReportData, sources: SourceIndex, ageDays: number | null) {
  return (
    <span className="fact__note">
      {outletOf(sources, r.sourceId)}, observed {formatFuzzyDate(r.observed)}
      {ageDays !== null && <> ({ageWords(ageDays, r.observed)})</>}
    </span>
  );
}

function evidenceValue(r: ProgressReportData): string {
  const figure = r.figure === null ? "Qualitative" : `${r.figure}%`;
  return r.scope ? `${r.scope}: ${figure}` : figure;
}

/** Reports that tie with the latest: said as a tie, since their dates cannot order them. */
function TieNote({ ties, sources }: { ties: ReportTies; sources: SourceIndex }) {
  if (ties.count === 0) return null;
  const named = ties.shown.map((r) => `${evidenceValue(r)} (observed ${formatFuzzyDate(r.observed)}, ${outletOf(sources, r.sourceId)})`);
  const more = ties.count - ties.shown.length;
  return (
    <span className="fact__note fact__note--tie">
      Observed at about the same time: {named.join("; ")}
      {more > 0 && ` and ${more} more`}. Their dates cannot tell which is the latest.
    </span>
  );
}

export function EvidenceFacts({ data, sources }: { data: DashboardData; sources: SourceIndex }) {
  const { latestEvidence: evidence, latestFigure: figure, latestTies: ties, status } = data;
  return (
    <>
      <div className="fact">
        <dt>Latest evidence</dt>
        <dd>
          {evidence ? (
            <>
              <span className="fact__value">{evidenceValue(evidence)}</span>
              {evidence.arithmetic && <span className="fact__note">{evidence.arithmetic}</span>}
              {evidence.scope && <span className="fact__note">A part of the project, not its whole progress.</span>}
              <span className="fact__note">Evidence: {SOURCE_KIND.labels[evidence.evidenceKind].toLowerCase()}</span>
              {observedNote(evidence, sources, status.evidenceAgeDays)}
              <TieNote ties={ties.evidence} sources={sources} />
            </>
          ) : (
            <span className="fact__value">No reports</span>
          )}
        </dd>
      </div>
      <div className="fact">
        <dt>Latest figure</dt>
        <dd>
          {figure && figure.figure !== null ? (
            <>
              <span className="fact__value">{figure.figure}%</span>
              {figure.arithmetic && <span className="fact__note">{figure.arithmetic}</span>}
              {observedNote(figure, sources, status.figureAgeDays)}
              <TieNote ties={ties.figure} sources={sources} />
            </>
          ) : (
            <span className="fact__value">None for the whole project</span>
          )}
        </dd>
      </div>
    </>
  );
}

export function PlannedFacts({ data }: { data: DashboardData }) {
  const { status } = data;
  const { moved } = shownPlans(data);
  const base = moved ? status.againstBaseline : null;
  const against = moved ? "against the current plan" : null;
  return (
    <>
      <div className="fact">
        <dt>Planned today</dt>
        <dd>
          <span className="fact__value">{status.plannedToday ? formatPercentBand(status.plannedToday) : "—"}</span>
          {status.plannedToday && (
            <span className="fact__note">
              {against ?? "by the plan"}
              {status.plannedToday.low !== status.plannedToday.high && <>, mid-curve {status.plannedToday.mid}%</>}
            </span>
          )}
          {base?.plannedToday && <span className="fact__note">{formatPercentBand(base.plannedToday)} by the original plan</span>}
        </dd>
      </div>
      <div className="fact">
        <dt>Gap</dt>
        <dd>
          <span className="fact__value">{status.gap ? formatGap(status.gap) : "—"}</span>
          <span className="fact__note">latest whole-project figure minus planned today{against && `, ${against}`}</span>
          {base?.gap && <span className="fact__note">{formatGap(base.gap)} against the original plan</span>}
        </dd>
      </div>
    </>
  );
}
