/*
 * Ordering vague dates. Two claims made "2025" and "2025-05" cannot be told apart in time:
 * either could be the earlier. So the order is defined in two parts:
 *
 * - `relate` says what is known: `before` when every day the first can mean comes before every
 *   day the second can mean, `after` likewise, and `tie` when their windows overlap. Screens
 *   show a tie as a tie ("made at about the same time as"), never as an order.
 * - `compareFuzzyOrder` is the one total order lists use, so that a list always reads the same
 *   way: by the last day each can mean (the day by which it had surely happened), then by the
 *   first day. "2025-05" (by 31 May 2025) sorts before "2025" (by 31 Dec 2025), and the two are a tie.
 *
 * The "latest" of several claims is the last in that order; `tiedWithLast` lists the others that
 * tie with it, so a screen can say that the latest is not certain.
 */

export interface DayWindow {
  earliest: string;
  latest: string;
}

export type Relation = "before" | "after" | "tie";

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function relate(a: DayWindow, b: DayWindow): Relation {
  if (a.latest < b.earliest) return "before";
  if (a.earliest > b.latest) return "after";
  return "tie";
}

/** The one order lists use: by the last day a date can mean, then its first day. */
export function compareFuzzyOrder(a: DayWindow, b: DayWindow): number {
  return cmp(a.latest, b.latest) || cmp(a.earliest, b.earliest);
}

/** The items that cannot be told apart in time from the last one (which is not among them). */
export function tiedWithLast<T>(items: readonly T[], dateOf: (item: T) => DayWindow): T[] {
  const last = items.at(-1);
  if (last === undefined) return [];
  return items.slice(0, -1).filter((item) => relate(dateOf(item), dateOf(last)) === "tie");
}

/** The items that cannot be told apart in time from the first one (which is not among them). */
export function tiedWithFirst<T>(items: readonly T[], dateOf: (item: T) => DayWindow): T[] {
  const first = items[0];
  if (first === undefined) return [];
  return items.slice(1).filter((item) => relate(dateOf(item), dateOf(first)) === "tie");
}

/** Had it surely happened by `day`? Only when the last day it can mean is on or before `day`. */
export const surelyBy = (date: DayWindow, day: string): boolean => date.latest <= day;
