/*
 * Fuzzy dates: the earliest and latest calendar day a piece of wording can mean, plus the
 * wording itself. Days are ISO "YYYY-MM-DD" strings and all arithmetic runs on integer day
 * numbers, never on Date objects, so no time zone can ever shift a day.
 *
 * Conventions (all windows inclusive):
 * - "2025" is the whole year; "2025-04", "April 2025" and "Apr 2025" the whole month.
 * - Q1 = Jan–Mar, Q2 = Apr–Jun, Q3 = Jul–Sep, Q4 = Oct–Dec; H1 = Jan–Jun, H2 = Jul–Dec.
 * - Thirds of the year: early = Jan 1–Apr 30, mid = May 1–Aug 31, late = Sep 1–Dec 31.
 * - start (or beginning) of Y = Jan 1–Jan 31; end of Y = Dec 1–Dec 31.
 * - EDTF qualifiers ~ (approximate), ? (uncertain) and % (both) widen the window on each side
 *   by one step of the stated precision: a day by 3 days, a month by 1 month, a year by 1 year.
 *   All three widen alike: to a tracker, "about" and "not sure" both mean "could be a bit off".
 * - "A/B" (EDTF interval) runs from the start of A to the end of B; A may neither begin after
 *   B begins nor end after B ends.
 * - Stated years must lie in 1900–2100; anything else is likelier a typo than a real date.
 */

import { addDays, dayNumber, daysBetween, daysInMonth, fromDayNumber, isoDay, isValidIsoDay } from "./calendar-day";

export interface FuzzyDate {
  earliest: string;
  latest: string;
  text: string;
}

type Window = Pick<FuzzyDate, "earliest" | "latest">;

export const ACCEPTED_FORMS: readonly string[] = [
  "2025-04-30", "2025-04", "2025", "Q3 2026", "H1 2026", "early/mid/late 2026", "end of 2026",
  "2026-06~ (approximate)", "2026-06? (uncertain)", "2026-05/2026-08 (range)",
];

const MAX_QUOTED_INPUT = 40;

export class FuzzyDateError extends Error {
  readonly input: string;

  constructor(input: string, message?: string) {
    const shown = input.trim();
    const quoted = shown.length > MAX_QUOTED_INPUT ? `${shown.slice(0, MAX_QUOTED_INPUT)}…` : shown;
    super(message ?? `Cannot read "${quoted}" as a date. Accepted forms: ${ACCEPTED_FORMS.join(", ")}`);
    this.name = "FuzzyDateError";
    this.input = input;
  }
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const APPROX_DAYS = 3;
const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

export const isExact = (d: Window): boolean => d.earliest === d.latest;

export function midpoint(d: Window): string {
  return fromDayNumber(Math.floor((dayNumber(d.earliest) + dayNumber(d.latest)) / 2));
}

// Months are counted as year * 12 + (month - 1), so widening by a month may cross a year.
function monthSpan(first: number, last: number): Window {
  const endYear = Math.floor(last / 12);
  const endMonth = (last % 12) + 1;
  return {
    earliest: isoDay(Math.floor(first / 12), (first % 12) + 1, 1),
    latest: isoDay(endYear, endMonth, daysInMonth(endYear, endMonth)),
  };
}

// Month offsets within the stated year, for every word that names a part of a year.
const NAMED_SPANS: ReadonlyMap<string, readonly [number, number]> = new Map<string, readonly [number, number]>([
  ["early", [0, 3]], ["mid", [4, 7]], ["late", [8, 11]],
  ["start", [0, 0]], ["beginning", [0, 0]], ["end", [11, 11]],
  ["h1", [0, 5]], ["h2", [6, 11]],
  ["q1", [0, 2]], ["q2", [3, 5]], ["q3", [6, 8]], ["q4", [9, 11]],
  ...MONTH_NAMES.flatMap((name, i) => [
    [name.toLowerCase(), [i, i]] as const,
    [name.slice(0, 3).toLowerCase(), [i, i]] as const,
  ]),
  ["sept", [8, 8]],
]);

const readYear = (s: string | undefined): number | null => {
  const y = Number(s);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
};

function readIsoForm(y: number, month: string | undefined, day: string | undefined, qualified: boolean): Window | null {
  const widen = qualified ? 1 : 0;
  if (month === undefined) return monthSpan((y - widen) * 12, (y + widen) * 12 + 11);
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  if (day === undefined) return monthSpan(y * 12 + m - 1 - widen, y * 12 + m - 1 + widen);
  const exact = `${String(y)}-${month}-${day}`;
  if (!isValidIsoDay(exact)) return null;
  const spread = widen * APPROX_DAYS;
  return { earliest: addDays(exact, -spread), latest: addDays(exact, spread) };
}

function readSingle(s: string): Window | null {
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/.exec(s);
  if (iso) {
    const y = readYear(iso[1]);
    return y === null ? null : readIsoForm(y, iso[2], iso[3], iso[4] !== undefined);
  }
  // "2026-Q3" and "2026 H1" read the same as "Q3 2026".
  const words = /^([a-z]+\d?)\.?(?: of | |-)(\d{4})$/.exec(s.replace(/^(\d{4})[ -]([qh]\d)$/, "$2 $1"));
  const span = words && NAMED_SPANS.get(words[1] ?? "");
  const y = words && readYear(words[2]);
  return span && y ? monthSpan(y * 12 + span[0], y * 12 + span[1]) : null;
}

function readWindow(s: string): Window | null {
  const parts = s.split("/");
  if (parts.length === 1) return readSingle(s);
  if (parts.length !== 2) return null;
  const from = readSingle(parts[0]?.trim() ?? "");
  const to = readSingle(parts[1]?.trim() ?? "");
  if (!from || !to || from.earliest > to.earliest || from.latest > to.latest) return null;
  return { earliest: from.earliest, latest: to.latest };
}

export function parseFuzzyDate(input: string): FuzzyDate {
  const text = String(input).trim();
  const window = readWindow(text.toLowerCase().replace(/\s+/g, " "));
  if (!window) throw new FuzzyDateError(String(input));
  return { ...window, text };
}

export function tryParseFuzzyDate(input: string): { ok: true; value: FuzzyDate } | { ok: false; error: string } {
  try {
    return { ok: true, value: parseFuzzyDate(input) };
  } catch (e) {
    if (e instanceof FuzzyDateError) return { ok: false, error: e.message };
    throw e;
  }
}

export function exactDay(iso: string): FuzzyDate {
  if (!isValidIsoDay(iso)) throw new FuzzyDateError(iso, `"${iso}" is not a calendar day (YYYY-MM-DD).`);
  return { earliest: iso, latest: iso, text: iso };
}

export function toFuzzyDate(earliest: string, latest: string, text: string): FuzzyDate {
  if (!isValidIsoDay(earliest) || !isValidIsoDay(latest) || earliest > latest) {
    throw new FuzzyDateError(text, `Invalid stored date window ${earliest}..${latest} for "${text}".`);
  }
  return { earliest, latest, text: text.trim() };
}

// ISO days with four-digit years sort correctly as plain strings.
const compareDays = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareFuzzy(a: FuzzyDate, b: FuzzyDate): number {
  return compareDays(a.earliest, b.earliest) || compareDays(a.latest, b.latest);
}

export function slippage(planned: Window, actual: Window): { minDays: number; maxDays: number } {
  return {
    minDays: daysBetween(planned.latest, actual.earliest),
    maxDays: daysBetween(planned.earliest, actual.latest),
  };
}

function dayParts(iso: string): { day: string; month: string; year: string } {
  const [year = "", month = "", day = ""] = iso.split("-");
  return { day: String(Number(day)), month: MONTH_NAMES[Number(month) - 1]?.slice(0, 3) ?? "", year };
}

const startsMonth = (iso: string) => iso.endsWith("-01");
const endsMonth = (iso: string) => {
  const { year, month } = { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
  return Number(iso.slice(8, 10)) === daysInMonth(year, month);
};

/**
 * A window in words at the precision it has, so a month is never written as a day: a whole
 * year is "2025", whole months "Nov 2025" or "May – Aug 2026", anything else by its days
 * ("30 Apr 2025", "27 Apr – 3 May 2025").
 */
export function formatWindow(d: Window): string {
  const a = dayParts(d.earliest);
  const b = dayParts(d.latest);
  if (!isExact(d) && startsMonth(d.earliest) && endsMonth(d.latest)) {
    if (a.year === b.year && a.month === "Jan" && b.month === "Dec") return b.year;
    if (a.year === b.year && a.month === b.month) return `${b.month} ${b.year}`;
    if (a.year !== b.year && a.month === "Jan" && b.month === "Dec") return `${a.year} – ${b.year}`;
    return a.year === b.year ? `${a.month} – ${b.month} ${b.year}` : `${a.month} ${a.year} – ${b.month} ${b.year}`;
  }
  const end = `${b.day} ${b.month} ${b.year}`;
  if (isExact(d)) return end;
  const start = a.year === b.year ? `${a.day} ${a.month}` : `${a.day} ${a.month} ${a.year}`;
  return `${start} – ${end}`;
}

export function formatFuzzyDate(d: FuzzyDate): string {
  const text = d.text.trim();
  // Plain ISO forms ("2025-04-30", "2025-11", "2025") read better in words; other wording is kept.
  const isPlainIso = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text);
  return text === "" || isPlainIso ? formatWindow(d) : text;
}
