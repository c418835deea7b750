/*
 * The plans in the header: the original plan (the baseline, kept whatever is claimed later),
 * the current plan when another claim replaced it, how far it moved, the claims that cannot be
 * told apart in time from either, and a completion milestone that disagrees with the plan.
 */
import type { DashboardData, ForecastData } from "@/db/dashboard-data";
import { formatFuzzyWithWindow } from "@/db/domain/date-wording";
import { formatFuzzyDate, isExact } from "@/db/domain/fuzzy-date";
import { movedWords, shownPlans } from "./claim-wording";
import { outletOf, type SourceIndex } from "./source-index";

interface PlanProps {
  plan: ForecastData;
  sources: SourceIndex;
}

function PlanDetails({ plan, sources }: PlanProps) {
  return (
    <>
      <span className="fact__value">{plan.window ? formatFuzzyWithWindow(plan.window) : "not computable yet"}</span>
      <span className="fact__note">
        claimed {formatFuzzyWithWindow(plan.claimed)} by {outletOf(sources, plan.sourceId)}
      </span>
      {plan.derivedFrom && plan.arithmetic && <span className="fact__note">Derived: {plan.arithmetic}</span>}
      {plan.note && <span className="fact__note">Note: {plan.note}</span>}
    </>
  );
}

/** The plan facts of the header's list: the original plan, and the current one when it is another claim. */
export function PlanFacts({ data, sources }: { data: DashboardData; sources: SourceIndex }) {
  const { baseline, current } = shownPlans(data);
  return (
    <>
      <div className="fact">
        <dt>Original plan</dt>
        <dd>
          {baseline ? <PlanDetails plan={baseline} sources={sources} /> : <span className="fact__value">None recorded</span>}
          {baseline && !current && <span className="fact__note">Also the current plan: no later accepted claim.</span>}
        </dd>
      </div>
      {current && (
        <div className="fact">
          <dt>Current plan</dt>
          <dd>
            <PlanDetails plan={current} sources={sources} />
          </dd>
        </div>
      )}
    </>
  );
}

function tieList(ids: readonly string[], data: DashboardData, sources: SourceIndex): string {
  return ids
    .flatMap((id) => data.forecasts.filter((f) => f.id === id))
    .map((f) => `${f.window ? formatFuzzyDate(f.window) : "a window not computable yet"} (claimed ${formatFuzzyDate(f.claimed)}, ${outletOf(sources, f.sourceId)})`)
    .join("; ");
}

/** "The plan moved in May 2026 (Kommersant): later by 31–244 days.", when a later claim moved it. */
export function planMovedSentence(data: DashboardData, sources: SourceIndex): string | null {
  const { current, moved } = shownPlans(data);
  if (!current || !moved || !data.plans.moved) return null;
  return `The plan moved ${isExact(current.claimed) ? "on" : "in"} ${formatFuzzyDate(current.claimed)} (${outletOf(sources, current.sourceId)}): ${movedWords(data.plans.moved)}.`;
}

/** Sentences under the facts: the move, the ties and the mismatch, each only when it holds. */
export function PlanNotes({ data, sources }: { data: DashboardData; sources: SourceIndex }) {
  const { current } = shownPlans(data);
  const { plans } = data;
  const notes: { key: string; text: string; warn?: boolean }[] = [];
  const movedSentence = planMovedSentence(data, sources);
  if (movedSentence) {
    notes.push({ key: "moved", text: movedSentence });
  } else if (current) {
    notes.push({
      key: "restated",
      text: `A later claim (${formatFuzzyDate(current.claimed)}, ${outletOf(sources, current.sourceId)}) gives the same window as the original plan.`,
    });
  }
  if (plans.baselineTies.length > 0) {
    notes.push({
      key: "baseline-ties",
      text: `Claims made at about the same time as the original plan: ${tieList(plans.baselineTies, data, sources)}. Their dates cannot tell which came first.`,
    });
  }
  if (plans.currentTies.length > 0 && plans.current?.id !== plans.baseline?.id) {
    notes.push({
      key: "current-ties",
      text: `Claims made at about the same time as the current plan: ${tieList(plans.currentTies, data, sources)}. Their dates cannot tell which is the latest.`,
    });
  }
  // An accepted claim whose window cannot be computed (a duration after a milestone with no actual
  // date) is no plan of record: said, so that it does not drop out of the header unexplained.
  for (const f of data.forecasts.filter((claim) => claim.accepted && !claim.window)) {
    notes.push({
      key: `uncounted-${f.id}`,
      text: `A claim made ${formatFuzzyDate(f.claimed)} (${outletOf(sources, f.sourceId)}) is not counted as a plan yet: ${f.arithmetic ?? "its window cannot be computed"}.`,
    });
  }
  if (plans.completionMismatch) notes.push({ key: "mismatch", text: plans.completionMismatch, warn: true });
  if (notes.length === 0) return null;
  return (
    <ul className="plan-notes" aria-label="About the plans">
      {notes.map((n) => (
        <li key={n.key} className={n.warn ? "plan-notes__item plan-notes__item--warn" : "plan-notes__item"}>
          {n.warn && <strong>Mismatch: </strong>}
          {n.text}
        </li>
      ))}
    </ul>
  );
}
