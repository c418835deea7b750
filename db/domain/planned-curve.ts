/*
 * The planned progress curve: 0 % on the construction start day, 100 % on the finishing day,
 * an S-curve (smoothstep 3x² − 2x³ of the elapsed fraction) in between, because real works
 * ramp up, run at pace, then slow for finishing.
 *
 * The plan only names a window for completion, so planned % on a day is a band of three curves:
 * high finishes at window.earliest, mid at the window midpoint, low at window.latest.
 * A curve whose finishing day is not after the start (construction began after the plan said it
 * would end) jumps from 0 to 100 on the start day rather than inventing a slope.
 */
import { dayNumber, fromDayNumber } from "./calendar-day";
import { midpoint } from "./fuzzy-date";

export interface PlannedPoint {
  date: string;
  low: number;
  mid: number;
  high: number;
}

interface Window {
  earliest: string;
  latest: string;
}

const DEFAULT_POINTS = 60;

const smoothstep = (x: number) => x * x * (3 - 2 * x);
const roundTenth = (n: number) => Math.round(n * 10) / 10;

function percentOnCurve(day: number, start: number, finish: number): number {
  if (day <= start) return day < start || finish > start ? 0 : 100;
  if (day >= finish) return 100;
  return roundTenth(100 * smoothstep((day - start) / (finish - start)));
}

function checkWindow(window: Window): void {
  if (dayNumber(window.earliest) > dayNumber(window.latest)) {
    throw new RangeError(`Planned window ends (${window.latest}) before it starts (${window.earliest})`);
  }
}

export function plannedPercentOn(day: string, start: string, window: Window): PlannedPoint {
  checkWindow(window);
  const d = dayNumber(day);
  const s = dayNumber(start);
  return {
    date: day,
    low: percentOnCurve(d, s, dayNumber(window.latest)),
    mid: percentOnCurve(d, s, dayNumber(midpoint(window))),
    high: percentOnCurve(d, s, dayNumber(window.earliest)),
  };
}

/**
 * Evenly spaced points from `from` to `to` (both included), plus the days where the band
 * changes shape (start, window.earliest, midpoint, window.latest) when they fall in that range,
 * so a chart never cuts a corner of the curve.
 */
export function plannedSeries(args: {
  start: string;
  window: Window;
  from: string;
  to: string;
  points?: number;
}): PlannedPoint[] {
  const { start, window, from, to, points = DEFAULT_POINTS } = args;
  checkWindow(window);
  const first = dayNumber(from);
  const last = dayNumber(to);
  if (first > last) throw new RangeError(`Series ends (${to}) before it starts (${from})`);
  if (!Number.isInteger(points) || points < 2) throw new RangeError(`Need at least 2 points, got ${points}`);

  const days = new Set<number>();
  for (let i = 0; i < points; i++) days.add(first + Math.round((i * (last - first)) / (points - 1)));
  for (const key of [start, window.earliest, midpoint(window), window.latest]) {
    const n = dayNumber(key);
    if (n >= first && n <= last) days.add(n);
  }
  return [...days]
    .sort((a, b) => a - b)
    .map((n) => plannedPercentOn(fromDayNumber(n), start, window));
}
