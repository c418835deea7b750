/*
 * The rule one plan is judged by, stated in STATUS_RULES so the header can show readers exactly
 * why a project is flagged. Rules are checked in order; the first that holds decides.
 *
 * Vague dates are never read in the project's favour: a report proves work unfinished after a
 * plan only if its observation surely comes after the plan's last day (its window's first day
 * is later), and an observation's age is counted from its first possible day, so never
 * understated. Observations are written at their own precision, never as an invented day.
 */
import { formatFuzzyWithWindow } from "./date-wording";
import { daysBetween } from "./calendar-day";
import { formatWindow, isExact, midpoint } from "./fuzzy-date";
import { plannedPercentOn } from "./planned-curve";

export type ProjectStatus = "complete" | "on_track" | "behind" | "far_behind" | "unconfirmed" | "overdue" | "no_data";

export type Window = { earliest: string; latest: string };
export type Worded = Window & { text: string };

export interface Band {
  low: number;
  mid: number;
  high: number;
}

/** What is known of the work itself, whichever plan it is judged against. */
export interface Evidence {
  today: string;
  constructionStart: string | null;
  /** actual completion (fuzzy) if recorded */
  completedOn: Window | null;
  /** the latest whole-project figure: % with its observation window */
  latestFigure: { percent: number; observed: Window } | null;
  /** the latest report of any kind (figure, part or qualitative) */
  latestEvidence: { observed: Window } | null;
}

export interface PlanVerdict {
  status: ProjectStatus;
  label: string;
  /** one sentence, e.g. "Planned completion mid-2026 (May – Aug 2026) has passed; no completion has been reported." */
  reason: string;
  plannedToday: Band | null;
  gap: { low: number; high: number } | null;
}

/** Points the latest figure may sit below the low edge of today's planned band before it is behind. */
export const BEHIND_THRESHOLD_POINTS = 10;
/** Points below that low edge beyond which "behind" understates it. */
export const FAR_BEHIND_THRESHOLD_POINTS = 25;
/** Evidence older than this no longer vouches for the project being on track. */
export const STALE_EVIDENCE_DAYS = 180;

export const STATUS_LABELS: Readonly<Record<ProjectStatus, string>> = {
  complete: "Complete",
  on_track: "On track",
  behind: "Behind plan",
  far_behind: "Far behind plan",
  unconfirmed: "Unconfirmed",
  overdue: "Overdue",
  no_data: "No data",
};

const belowBand = (points: number) =>
  `The latest whole-project figure is more than ${points} points below the low edge of the band the plan sets for today.`;

export const STATUS_RULES: readonly { status: ProjectStatus; rule: string }[] = [
  { status: "complete", rule: "A completion is recorded, or the latest whole-project figure is 100% or more, whatever the plan." },
  {
    status: "no_data",
    rule:
      "There is no plan of record or no construction start. Otherwise every rule below is checked " +
      "twice: against the original plan (the first plan of record) and against the current claim " +
      "(the latest accepted plan). The headline status follows the current claim; the verdict " +
      "against the original plan is always shown beside it.",
  },
  {
    status: "overdue",
    rule:
      "Today is past the last day of the plan's completion window. Shown as \"Overdue / unconfirmed\" " +
      "unless a figure observed surely after that day (the first day its observation can mean is later) " +
      "shows the work unfinished, since the work may have finished unreported.",
  },
  { status: "far_behind", rule: belowBand(FAR_BEHIND_THRESHOLD_POINTS) },
  { status: "behind", rule: belowBand(BEHIND_THRESHOLD_POINTS) },
  {
    status: "unconfirmed",
    rule:
      `The latest report of any kind (figure, part or qualitative) may be more than ${STALE_EVIDENCE_DAYS} ` +
      "days old, counted from the first day its observation can mean; or no whole-project figure has " +
      "been reported and today is past halfway from construction start to the earliest planned " +
      "completion. Either way nothing shows the work to be on track.",
  },
  { status: "on_track", rule: "None of the above." },
];

const round = (n: number) => Math.round(n * 10) / 10;
const bandText = (b: Band) => (b.low === b.high ? `${b.low}%` : `${b.low}–${b.high}%`);
const observed = (w: Window) => `observed ${formatWindow(w)}`;

function completion({ completedOn, latestFigure: figure }: Evidence): string | null {
  if (completedOn) return `Completion was recorded ${isExact(completedOn) ? "on" : "in"} ${formatWindow(completedOn)}.`;
  if (figure && figure.percent >= 100) {
    return `The latest figure (${observed(figure.observed)}) puts progress at ${figure.percent}%.`;
  }
  return null;
}

/** The verdict against one plan; `plan` is null when there is no plan of record. */
export function judgePlan(evidence: Evidence, plan: Worded | null): PlanVerdict {
  const { today, constructionStart: start, latestFigure: figure, latestEvidence } = evidence;
  const point = plan && start ? plannedPercentOn(today, start, plan) : null;
  const plannedToday = point && { low: point.low, mid: point.mid, high: point.high };
  const gap =
    plannedToday && figure
      ? { low: round(figure.percent - plannedToday.high), high: round(figure.percent - plannedToday.low) }
      : null;
  const verdict = (status: ProjectStatus, reason: string, label = STATUS_LABELS[status]): PlanVerdict => ({
    status,
    label,
    reason,
    plannedToday,
    gap,
  });

  const done = completion(evidence);
  if (done) return verdict("complete", done);
  if (!plan || !start || !plannedToday) {
    const missing = [!plan && "no plan of record", !start && "no construction start"].filter(Boolean);
    return verdict("no_data", `There is ${missing.join(" and ")}.`);
  }

  if (today > plan.latest) {
    const passed = `Planned completion ${formatFuzzyWithWindow(plan)} has passed`;
    if (figure && figure.observed.earliest > plan.latest) {
      return verdict("overdue", `${passed}; the latest figure (${observed(figure.observed)}) puts progress at ${figure.percent}%.`);
    }
    return verdict(
      "overdue",
      `${passed}; no completion has been reported, and no figure observed surely after it shows the work unfinished.`,
      "Overdue / unconfirmed",
    );
  }

  if (figure) {
    const short = plannedToday.low - figure.percent;
    const reason =
      `The latest figure (${observed(figure.observed)}) puts progress at ${figure.percent}%, ` +
      `${round(short)} points below the ${bandText(plannedToday)} planned for today.`;
    if (short > FAR_BEHIND_THRESHOLD_POINTS) return verdict("far_behind", reason);
    if (short > BEHIND_THRESHOLD_POINTS) return verdict("behind", reason);
  }

  if (latestEvidence) {
    const age = daysBetween(latestEvidence.observed.earliest, today);
    const old = isExact(latestEvidence.observed) ? `${age} days old` : `up to ${age} days old`;
    if (age > STALE_EVIDENCE_DAYS) {
      return verdict(
        "unconfirmed",
        `The latest report (${observed(latestEvidence.observed)}) is ${old}, beyond the ${STALE_EVIDENCE_DAYS}-day limit.`,
      );
    }
  }
  const toHalfway = "halfway from construction start to the earliest planned completion";
  if (!figure && today > midpoint({ earliest: start, latest: plan.earliest })) {
    return verdict("unconfirmed", `No whole-project figure has been reported, and today is past ${toHalfway}.`);
  }

  return verdict(
    "on_track",
    figure
      ? `The latest figure (${observed(figure.observed)}) puts progress at ${figure.percent}% against the ` +
          `${bandText(plannedToday)} planned for today.`
      : `The plan puts today at ${bandText(plannedToday)}; no whole-project figure is due before ${toHalfway}.`,
  );
}
