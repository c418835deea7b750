/*
 * The status of a project as of a given day, judged against both the baseline (the first plan of
 * record) and the current plan (the latest accepted one). A later forecast must not quietly
 * re-base the verdict: the headline follows the current plan, but the sentence always says how
 * the work stands against the original plan too. The rule for one plan is in ./status-rules.
 */
import { daysBetween } from "./calendar-day";
import { formatFuzzyDate } from "./fuzzy-date";
import { judgePlan, type Band, type Evidence, type PlanVerdict, type ProjectStatus, type Window, type Worded } from "./status-rules";

export {
  BEHIND_THRESHOLD_POINTS,
  FAR_BEHIND_THRESHOLD_POINTS,
  STALE_EVIDENCE_DAYS,
  STATUS_LABELS,
  STATUS_RULES,
} from "./status-rules";
export type { Band, PlanVerdict, ProjectStatus } from "./status-rules";

export interface StatusInput extends Evidence {
  /** the baseline plan's completion window */
  baseline: Worded | null;
  /** the current plan's completion window (same values as baseline when there is one plan); null only when there is no plan */
  current: Worded | null;
}

export interface StatusResult {
  /** the headline: the verdict against the current plan */
  status: ProjectStatus;
  label: string;
  /** one or two sentences judging against both plans, e.g. "Overdue against the original plan (mid-2026); within the current claim (Q4 2026). <current verdict's reason>" */
  reason: string;
  againstBaseline: PlanVerdict | null;
  againstCurrent: PlanVerdict | null;
  /** true when the two plans are different windows (the plan moved) */
  planMoved: boolean;
  /** against current */
  plannedToday: Band | null;
  latestPercent: number | null;
  /** against current */
  gap: { low: number; high: number } | null;
  /** days since the latest evidence's earliest possible day (never understated) */
  evidenceAgeDays: number | null;
  figureAgeDays: number | null;
}

// How a verdict reads before a plan's name. Complete and no data do not depend on the plan, so
// both verdicts agree and the plan need not be named.
const BEFORE_PLAN: Partial<Record<ProjectStatus, string>> = {
  overdue: "overdue against",
  far_behind: "far behind",
  behind: "behind",
  unconfirmed: "not confirmed on track against",
  on_track: "on track against",
};

// With no figure, "on track" only means time has not run out, so it is not called on track.
const wordsFor = (v: PlanVerdict, hasFigure: boolean) =>
  v.status === "on_track" && !hasFigure ? "within" : BEFORE_PLAN[v.status];

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function bothPlans(input: StatusInput, base: PlanVerdict, current: PlanVerdict, plans: { baseline: Worded; current: Worded }) {
  const hasFigure = input.latestFigure !== null;
  const a = wordsFor(base, hasFigure);
  const b = wordsFor(current, hasFigure);
  if (!a || !b) return current.reason;
  const original = `the original plan (${formatFuzzyDate(plans.baseline)})`;
  const claim = `the current claim (${formatFuzzyDate(plans.current)})`;
  const verdicts = a === b ? `${a} both ${original} and ${claim}` : `${a} ${original}; ${b} ${claim}`;
  return `${capitalized(verdicts)}. ${current.reason}`;
}

const sameWindow = (a: Window, b: Window) => a.earliest === b.earliest && a.latest === b.latest;

export function projectStatus(input: StatusInput): StatusResult {
  const { today, baseline, current, latestFigure, latestEvidence } = input;
  const headline = judgePlan(input, current);
  const againstBaseline = baseline && judgePlan(input, baseline);
  const moved = baseline && current && !sameWindow(baseline, current) ? { baseline, current } : null;
  const ageOf = (observed: Window) => daysBetween(observed.earliest, today);
  return {
    status: headline.status,
    label: headline.label,
    reason: moved && againstBaseline ? bothPlans(input, againstBaseline, headline, moved) : headline.reason,
    againstBaseline,
    againstCurrent: current && headline,
    planMoved: moved !== null,
    plannedToday: headline.plannedToday,
    latestPercent: latestFigure?.percent ?? null,
    gap: headline.gap,
    evidenceAgeDays: latestEvidence && ageOf(latestEvidence.observed),
    figureAgeDays: latestFigure && ageOf(latestFigure.observed),
  };
}
