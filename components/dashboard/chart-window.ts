/*
 * The progress chart's time window, in day numbers (dayNumber). By default the chart shows the
 * project's own span, from its announcement to the later of the current plan's end and today,
 * so a context event years earlier does not squeeze the project into a corner; the reader can
 * widen or narrow it. Records outside the window are not dropped: they are counted at the edge
 * they fall beyond (partitionByWindow), and the data table always lists everything.
 */
import { dayNumber, fromDayNumber } from "@/db/domain/calendar-day";

export type Domain = [number, number];

export type WindowPreset = "project" | "all" | "year" | "plan";

export const WINDOW_PRESETS: readonly { id: WindowPreset; label: string }[] = [
  { id: "project", label: "Project span" },
  { id: "all", label: "All records" },
  { id: "year", label: "Last 12 months" },
  { id: "plan", label: "Around the plan" },
];

export interface WindowFacts {
  today: number;
  /** The announcement's day, else construction start, else the earliest plan claim; null if none. */
  projectStart: number | null;
  /** The last day of the current plan's completion window. */
  currentEnd: number | null;
  /** Every drawn plan's completion window. */
  planWindows: readonly { x1: number; x2: number }[];
  /** The first and last day anything drawn covers, today included. */
  extent: Domain;
}

const MIN_PAD_DAYS = 30;
const PAD_SHARE = 0.03;
const YEAR_DAYS = 365;
/** Room around the completion windows, so the run-up to them shows. */
const PLAN_MARGIN_DAYS = 120;

/** A span with a little room at both ends, so marks on its edges are not cut in half. */
export function padded(first: number, last: number): Domain {
  const pad = Math.max(MIN_PAD_DAYS, Math.round((last - first) * PAD_SHARE));
  return [first - pad, last + pad];
}

/** The presets that mean something for these records: "Around the plan" needs a plan. */
export const presetsFor = (facts: WindowFacts) => WINDOW_PRESETS.filter((p) => p.id !== "plan" || facts.planWindows.length > 0);

export function windowOf(preset: WindowPreset, facts: WindowFacts): Domain {
  const { today, projectStart, currentEnd, planWindows, extent } = facts;
  switch (preset) {
    case "project": {
      if (projectStart === null) return padded(...extent);
      const last = Math.max(currentEnd ?? today, today);
      return padded(Math.min(projectStart, last), last);
    }
    case "year":
      return padded(today - YEAR_DAYS, today);
    case "plan": {
      if (planWindows.length === 0) return padded(...extent);
      const first = Math.min(...planWindows.map((w) => w.x1));
      const last = Math.max(...planWindows.map((w) => w.x2));
      return padded(first - PLAN_MARGIN_DAYS, last + PLAN_MARGIN_DAYS);
    }
    case "all":
      return padded(...extent);
  }
}

export interface Partitioned<M> {
  before: M[];
  inside: M[];
  after: M[];
}

/** Marks wholly before, at least partly inside, and wholly after the window. */
export function partitionByWindow<M>(marks: readonly M[], domain: Domain, span: (m: M) => Domain): Partitioned<M> {
  const out: Partitioned<M> = { before: [], inside: [], after: [] };
  for (const mark of marks) {
    const [x1, x2] = span(mark);
    if (x2 < domain[0]) out.before.push(mark);
    else if (x1 > domain[1]) out.after.push(mark);
    else out.inside.push(mark);
  }
  return out;
}

/** Tick spacings in months, finest first; a multi-year step starts on a year it divides. */
const STEPS = [1, 3, 6, 12, 24, 60, 120];

/** First-of-month ticks inside the window, at the finest spacing that gives no more than `maxTicks`. */
export function timeTicks([first, last]: Domain, maxTicks: number): number[] {
  const monthOf = (n: number) => {
    const [year, month] = fromDayNumber(n).split("-").map(Number) as [number, number];
    return year * 12 + month - 1;
  };
  let ticks: number[] = [];
  for (const step of STEPS) {
    ticks = [];
    for (let m = Math.ceil(monthOf(first) / step) * step; m <= monthOf(last); m += step) {
      const n = dayNumber(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}-01`);
      if (n >= first && n <= last) ticks.push(n);
    }
    if (ticks.length <= maxTicks) return ticks;
  }
  return ticks;
}
