/*
 * A milestone trend analysis of the completion claims: each claim is drawn at when it was made
 * (x) against the completion it claimed (y), both as windows of day numbers, so a vague date is
 * never drawn as if it were exact. The line through the accepted claims, in the order they were
 * made, rises as the completion slips. Both axes share one domain, so the diagonal y = x (a
 * claim that completion is the day it is made) runs corner to corner: a claim nearing it says
 * the project is due about now. The first plan of record stays as a horizontal reference band.
 */
import { dayNumber, fromDayNumber } from "./calendar-day";
import { formatFuzzyDate, isExact } from "./fuzzy-date";
import { compareFuzzyOrder } from "./fuzzy-order";

interface Worded {
  earliest: string;
  latest: string;
  text: string;
}

export interface TrendClaim {
  id: string;
  claimed: Worded;
  /** The completion window; null for a derived claim that cannot be computed yet. */
  window: Worded | null;
  accepted: boolean;
  /** A duration after a milestone, rather than a window as claimed. */
  derivedFrom: string | null;
  arithmetic: string | null;
  sourceId: string;
}

/** What a claim is to the plan of record. */
export type TrendRole = "baseline" | "current" | "baseline-current" | "superseded" | "not-accepted" | "no-window";

export interface DaySpan {
  from: number;
  to: number;
  mid: number;
}

/** How a mark draws: a point only when both dates are exact; a vague date is a whisker or a bar. */
export type TrendShape = "point" | "whisker" | "bar" | "cross";

interface TrendClaimFacts {
  id: string;
  role: TrendRole;
  accepted: boolean;
  derived: boolean;
  arithmetic: string | null;
  sourceId: string;
  /** Wording of when it was claimed ("2025", "Jun 2025"). */
  claimedText: string;
}

export interface TrendMark extends TrendClaimFacts {
  x: DaySpan;
  y: DaySpan;
  shape: TrendShape;
  completionText: string;
}

/** A derived claim whose window cannot be computed yet: listed, not drawn. */
export type UnplottedClaim = TrendClaimFacts;

export interface ForecastTrend {
  /** Drawn claims, in the order they were made. */
  marks: TrendMark[];
  unplotted: UnplottedClaim[];
  /** Through the accepted marks' midpoints, in the order they were made. */
  line: { x: number; y: number }[];
  /** The first plan of record's completion window, as a horizontal band (a line when exact). */
  baseline: { y1: number; y2: number; text: string } | null;
  /** y = x, corner to corner of the shared domain. */
  diagonal: [{ x: number; y: number }, { x: number; y: number }];
  /** One domain for both axes (claimed and completion days alike). */
  domain: [number, number];
  ticks: number[];
}

const MIN_PAD_DAYS = 60;
const PAD_SHARE = 0.05;

const span = (d: { earliest: string; latest: string }): DaySpan => {
  const from = dayNumber(d.earliest);
  const to = dayNumber(d.latest);
  return { from, to, mid: (from + to) / 2 };
};

function shapeOf(claimed: Worded, window: Worded): TrendShape {
  const exactClaim = isExact(claimed);
  const exactWindow = isExact(window);
  if (exactClaim && exactWindow) return "point";
  if (exactWindow) return "whisker";
  return exactClaim ? "bar" : "cross";
}

function roleOf(claim: TrendClaim, plans: { baselineId: string | null; currentId: string | null }): TrendRole {
  const base = claim.id === plans.baselineId;
  const current = claim.id === plans.currentId;
  if (base && current) return "baseline-current";
  if (base) return "baseline";
  if (current) return "current";
  if (!claim.accepted) return "not-accepted";
  return claim.window ? "superseded" : "no-window";
}

/** Ticks on the first of a month, by year, half-year, quarter or month as the span allows. */
export function trendTicks(first: number, last: number): number[] {
  const years = (last - first) / 365;
  const months = years > 5 ? [1] : years > 2 ? [1, 7] : years > 0.75 ? [1, 4, 7, 10] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const fromYear = Number(fromDayNumber(first).slice(0, 4));
  const toYear = Number(fromDayNumber(last).slice(0, 4));
  const ticks: number[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    for (const m of months) {
      const n = dayNumber(`${y}-${String(m).padStart(2, "0")}-01`);
      if (n >= first && n <= last) ticks.push(n);
    }
  }
  return ticks;
}

export function forecastTrend(
  claims: readonly TrendClaim[],
  plans: { baselineId: string | null; currentId: string | null },
): ForecastTrend {
  // Array.prototype.sort is stable: claims that compare equal keep the order they came in.
  const ordered = [...claims].sort((a, b) => compareFuzzyOrder(a.claimed, b.claimed));
  const marks: TrendMark[] = [];
  const unplotted: UnplottedClaim[] = [];
  for (const claim of ordered) {
    const facts: TrendClaimFacts = {
      id: claim.id,
      role: roleOf(claim, plans),
      accepted: claim.accepted,
      derived: claim.derivedFrom !== null,
      arithmetic: claim.arithmetic,
      sourceId: claim.sourceId,
      claimedText: formatFuzzyDate(claim.claimed),
    };
    if (!claim.window) {
      unplotted.push(facts);
      continue;
    }
    marks.push({
      ...facts,
      x: span(claim.claimed),
      y: span(claim.window),
      shape: shapeOf(claim.claimed, claim.window),
      completionText: formatFuzzyDate(claim.window),
    });
  }

  const base = claims.find((c) => c.id === plans.baselineId)?.window ?? null;
  const days = marks.flatMap((m) => [m.x.from, m.x.to, m.y.from, m.y.to]);
  const min = days.length > 0 ? Math.min(...days) : 0;
  const max = days.length > 0 ? Math.max(...days) : 0;
  const pad = Math.max(MIN_PAD_DAYS, Math.round((max - min) * PAD_SHARE));
  const domain: [number, number] = [min - pad, max + pad];

  return {
    marks,
    unplotted,
    line: marks.filter((m) => m.accepted).map((m) => ({ x: m.x.mid, y: m.y.mid })),
    baseline: base && { y1: dayNumber(base.earliest), y2: dayNumber(base.latest), text: formatFuzzyDate(base) },
    diagonal: [
      { x: domain[0], y: domain[0] },
      { x: domain[1], y: domain[1] },
    ],
    domain,
    ticks: trendTicks(domain[0], domain[1]),
  };
}
