/*
 * The status of a project as of a given day, by a rule stated in STATUS_RULES so the header can
 * show readers exactly why a project is flagged. Rules are checked in order; the first that
 * holds decides. "Overdue" is split because a plan that passed with no report since may have
 * finished unreported, while a report from after the deadline proves the work is still open.
 */
import { dayNumber, daysBetween, formatWindow, fromDayNumber, isExact } from "./fuzzy-date";
import { plannedPercentOn } from "./planned-curve";

export type ProjectStatus = "complete" | "on_track" | "at_risk" | "overdue" | "no_data";

export interface StatusInput {
  today: string;
  constructionStart: string | null;
  plan: { earliest: string; latest: string; text: string } | null;
  completedOn: { earliest: string; latest: string } | null;
  latestReport: { percent: number | null; observedOn: string } | null;
}

type Band = { low: number; mid: number; high: number };

export interface StatusResult {
  status: ProjectStatus;
  label: string;
  reason: string;
  plannedToday: Band | null;
  latestPercent: number | null;
  gap: { low: number; high: number } | null;
  reportAgeDays: number | null;
}

/** Percentage points the latest report may sit below the planned band's low edge. */
export const BEHIND_THRESHOLD_POINTS = 10;
/** A report older than this no longer vouches for the project being on track. */
export const STALE_REPORT_DAYS = 180;

export const STATUS_LABELS: Readonly<Record<ProjectStatus, string>> = {
  complete: "Complete",
  on_track: "On track",
  at_risk: "At risk",
  overdue: "Overdue",
  no_data: "No data",
};

export const STATUS_RULES: readonly { status: ProjectStatus; rule: string }[] = [
  { status: "complete", rule: "A completion date is recorded, or the latest report says 100%." },
  { status: "no_data", rule: "There is no plan of record or no construction start." },
  {
    status: "overdue",
    rule:
      "Today is past the last day of the planned completion window. Unconfirmed unless a report " +
      "observed after that day shows the work still unfinished.",
  },
  {
    status: "at_risk",
    rule:
      `The latest reported % is more than ${BEHIND_THRESHOLD_POINTS} points below the low edge of ` +
      `today's planned band, or the latest report is more than ${STALE_REPORT_DAYS} days old, or no ` +
      "% has been reported and today is past the midpoint between construction start and the " +
      "earliest planned completion.",
  },
  { status: "on_track", rule: "None of the above." },
];

type Verdict = Pick<StatusResult, "status" | "label" | "reason">;
type Facts = Omit<StatusResult, keyof Verdict>;

const day = (iso: string) => formatWindow({ earliest: iso, latest: iso });
const round = (n: number) => Math.round(n * 10) / 10;
const bandText = (b: Band) => (b.low === b.high ? `${b.low}%` : `${b.low}–${b.high}%`);

function decide(input: StatusInput, facts: Facts): Verdict {
  const { today, constructionStart: start, plan, completedOn, latestReport: report } = input;
  const { plannedToday, latestPercent: percent, reportAgeDays: age } = facts;

  if (completedOn) {
    const when = isExact(completedOn) ? `on ${day(completedOn.earliest)}` : `within ${formatWindow(completedOn)}`;
    return { status: "complete", label: "Complete", reason: `Completion was recorded ${when}.` };
  }
  if (report && percent !== null && percent >= 100) {
    const reason = `The latest report (observed ${day(report.observedOn)}) puts progress at 100%.`;
    return { status: "complete", label: "Complete", reason };
  }
  if (!plan || !start || !plannedToday) {
    const missing = [!plan && "no plan of record", !start && "no construction start"].filter(Boolean);
    return { status: "no_data", label: "No data", reason: `There is ${missing.join(" and ")}.` };
  }

  if (today > plan.latest) {
    const passed = `Planned completion ${plan.text.trim() || formatWindow(plan)} (by ${day(plan.latest)}) has passed`;
    if (report && percent !== null && report.observedOn > plan.latest) {
      const reason = `${passed}; the latest report (observed ${day(report.observedOn)}) puts progress at ${percent}%.`;
      return { status: "overdue", label: "Overdue", reason };
    }
    return { status: "overdue", label: "Overdue / unconfirmed", reason: `${passed}; no completion has been reported.` };
  }

  const atRisk = (reason: string): Verdict => ({ status: "at_risk", label: "At risk", reason });
  if (report && percent !== null && percent < plannedToday.low - BEHIND_THRESHOLD_POINTS) {
    return atRisk(
      `The latest report (observed ${day(report.observedOn)}) puts progress at ${percent}%, more than ` +
        `${BEHIND_THRESHOLD_POINTS} points below the ${bandText(plannedToday)} planned for today.`,
    );
  }
  if (report && age !== null && age > STALE_REPORT_DAYS) {
    return atRisk(
      `The latest report (observed ${day(report.observedOn)}) is ${age} days old, ` +
        `beyond the ${STALE_REPORT_DAYS}-day limit.`,
    );
  }
  const halfway = fromDayNumber(Math.floor((dayNumber(start) + dayNumber(plan.earliest)) / 2));
  if (percent === null && today > halfway) {
    return atRisk(
      `No progress figure has been reported, and today is past ${day(halfway)}, halfway between ` +
        `construction start and the earliest planned completion.`,
    );
  }

  const reason =
    report && percent !== null
      ? `The latest report (observed ${day(report.observedOn)}) puts progress at ${percent}% ` +
        `against ${bandText(plannedToday)} planned for today.`
      : `Construction started ${day(start)}; ${bandText(plannedToday)} is planned for today and no ` +
        `progress figure is due before ${day(halfway)}.`;
  return { status: "on_track", label: "On track", reason };
}

export function projectStatus(input: StatusInput): StatusResult {
  const { today, constructionStart, plan, latestReport } = input;
  const point = constructionStart && plan ? plannedPercentOn(today, constructionStart, plan) : null;
  const plannedToday = point && { low: point.low, mid: point.mid, high: point.high };
  const latestPercent = latestReport?.percent ?? null;
  const gap =
    plannedToday && latestPercent !== null
      ? { low: round(latestPercent - plannedToday.high), high: round(latestPercent - plannedToday.low) }
      : null;
  const reportAgeDays = latestReport ? daysBetween(latestReport.observedOn, today) : null;
  const facts: Facts = { plannedToday, latestPercent, gap, reportAgeDays };
  return { ...decide(input, facts), ...facts };
}
