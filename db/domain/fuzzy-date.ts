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

const isLeapYear = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysInMonth = (y: number, m: number) =>
  m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
const isoDay = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

export function isValidIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** Days already counted: charts and curves ask for the same few thousand days over and over. */
const dayNumbers = new Map<string, number>();
const MAX_REMEMBERED_DAYS = 100_000;

// Proleptic Gregorian day count (H. Hinnant's days_from_civil): exact for every 4-digit year.
export function dayNumber(iso: string): number {
  const known = dayNumbers.get(iso);
  if (known !== undefined) return known;
  const n = countDays(iso);
  if (dayNumbers.size >= MAX_REMEMBERED_DAYS) dayNumbers.clear();
  dayNumbers.set(iso, n);
  return n;
}

function countDays(iso: string): number {
  if (!isValidIsoDay(iso)) throw new RangeError(`Not an ISO calendar day: "${iso}"`);
  const [year, m, d] = iso.split("-").map(Number) as [number, number, number];
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a whole day number: ${n}`);
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) throw new RangeError(`Day number ${n} is outside years 0000–9999`);
  return isoDay(y, m, d);
}

export const addDays = (iso: string, n: number): string => fromDayNumber(dayNumber(iso) + n);
export const daysBetween = (a: string, b: string): number => dayNumber(b) - dayNumber(a);
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
