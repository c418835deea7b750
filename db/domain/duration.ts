/*
 * Durations after a milestone ("18 months after construction starts") and the completion windows
 * they imply. Calendar math runs on year/month/day integers, never Date objects, so no time zone
 * can shift a day.
 *
 * Conventions:
 * - A duration keeps the claim's own structure: "18 months" stays P18M, not P1Y6M, so the stored
 *   value still reads as what was promised. Weeks are only a way of writing days (P3W = P21D).
 * - Years and months are added before days, with the day clamped to the end of a shorter month
 *   (Jan 31 + 1 month = Feb 28/29): a month later than the last day of a month is that month's
 *   last day, not a day spilling into the next month.
 * - Without a days part the result widens to whole months: "18 months after" names a month, not
 *   a day, and clamping already makes Jan 29–31 + 1 month indistinguishable.
 * - Zero and over 50 years are refused: neither is a forecast, both are likelier typos.
 * - Time-of-day parts (PT5H) are refused: a tracker counts days, and hours would only be lost.
 */
import { addDays, isValidIsoDay } from "./calendar-day";
import { formatFuzzyDate, formatWindow, type FuzzyDate } from "./fuzzy-date";

export interface Duration {
  years: number;
  months: number;
  days: number;
  /** Canonical ISO 8601, e.g. "P18M", "P1Y6M", "P2Y", "P90D", "P1Y2M10D"; weeks become days (P3W -> P21D). */
  iso: string;
  /** In words: "18 months", "1 year 6 months", "2 years", "1 month", "21 days". */
  words: string;
}

type Parts = Pick<Duration, "years" | "months" | "days">;

export const DURATION_FORMS: readonly string[] = [
  "P18M", "P1Y6M", "18 months", "1 year 6 months", "2 years", "90 days",
];

const MAX_QUOTED_INPUT = 40;
const MAX_MONTHS = 50 * 12;
const DAYS_PER_MONTH = 365.2425 / 12;
const NUMBER_WORDS = [
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
];
interface Unit { rank: number; part: keyof Parts; factor: number }
const spellings = (names: string[], unit: Unit) => names.map((n): [string, Unit] => [n, unit]);
// Rank enforces largest-first order ("6 months 1 year" is likelier a slip than a claim).
const UNITS: ReadonlyMap<string, Unit> = new Map([
  ...spellings(["year", "years", "yr", "yrs", "y"], { rank: 0, part: "years", factor: 1 }),
  ...spellings(["month", "months", "mo", "mos", "mon"], { rank: 1, part: "months", factor: 1 }),
  ...spellings(["week", "weeks", "wk", "wks", "w"], { rank: 2, part: "days", factor: 7 }),
  ...spellings(["day", "days", "d"], { rank: 3, part: "days", factor: 1 }),
]);

function refusal(input: string, reason?: string): { ok: false; error: string } {
  const shown = input.trim();
  const quoted = shown.length > MAX_QUOTED_INPUT ? `${shown.slice(0, MAX_QUOTED_INPUT)}…` : shown;
  const why = reason ? ` (${reason})` : "";
  const error = `Cannot read "${quoted}" as a duration${why}. Accepted forms: ${DURATION_FORMS.join(", ")}`;
  return { ok: false, error };
}

function readIso(s: string): Parts | null {
  const m = /^p(?:(\d+)y)?(?:(\d+)m)?(?:(\d+)w)?(?:(\d+)d)?$/.exec(s);
  if (!m || s === "p") return null;
  const [years, months, weeks, days] = m.slice(1).map((n) => Number(n ?? 0)) as [number, number, number, number];
  return { years, months, days: weeks * 7 + days };
}

function readCount(token: string): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  if (token === "a") return 1;
  const i = NUMBER_WORDS.indexOf(token);
  return i < 0 ? null : i + 1;
}

function readWords(s: string): Parts | null {
  const tokens = s
    .replace(/\bhalf a year\b/g, "6 months")
    .replace(/(\d)([a-z])/g, "$1 $2")
    .replace(/ ?, ?(?:and )?| and /g, " ")
    .split(" ");
  if (tokens.length % 2 !== 0) return null;
  const parts: Parts = { years: 0, months: 0, days: 0 };
  let lastRank = -1;
  for (let i = 0; i < tokens.length; i += 2) {
    const count = readCount(tokens[i] ?? "");
    const unit = UNITS.get(tokens[i + 1] ?? "");
    if (count === null || !unit || unit.rank <= lastRank) return null;
    lastRank = unit.rank;
    parts[unit.part] += count * unit.factor;
  }
  return parts;
}

export function parseDuration(input: string): { ok: true; value: Duration } | { ok: false; error: string } {
  const s = String(input).trim().toLowerCase().replace(/\s+/g, " ");
  if (/^p[^t]*t/.test(s)) return refusal(input, "hours, minutes and seconds are not accepted");
  const parts = readIso(s) ?? readWords(s);
  if (!parts) return refusal(input);
  const { years, months, days } = parts;
  if (years + months + days === 0) return refusal(input, "it is zero");
  if (years * 12 + months + days / DAYS_PER_MONTH > MAX_MONTHS) return refusal(input, "it is over 50 years");
  const named = ([[years, "Y", "year"], [months, "M", "month"], [days, "D", "day"]] as const).filter(([n]) => n > 0);
  const iso = `P${named.map(([n, letter]) => `${String(n)}${letter}`).join("")}`;
  const words = named.map(([n, , unit]) => `${String(n)} ${unit}${n === 1 ? "" : "s"}`).join(" ");
  return { ok: true, value: { years, months, days, iso, words } };
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const monthStart = (monthIndex: number) => `${pad(Math.floor(monthIndex / 12), 4)}-${pad((monthIndex % 12) + 1, 2)}-01`;
const monthEnd = (monthIndex: number) => addDays(monthStart(monthIndex + 1), -1);
// Months are counted as year * 12 + (month - 1), so adding months may cross years.
const monthIndexOf = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

export function addDuration(isoDay: string, d: Duration): string {
  if (!isValidIsoDay(isoDay)) throw new RangeError(`Not an ISO calendar day: "${isoDay}"`);
  const target = monthIndexOf(isoDay) + d.years * 12 + d.months;
  const day = Math.min(Number(isoDay.slice(8, 10)), Number(monthEnd(target).slice(8, 10)));
  return addDays(monthStart(target), day - 1 + d.days);
}

export function derivedWindow(from: { earliest: string; latest: string }, d: Duration): FuzzyDate {
  const earliest = addDuration(from.earliest, d);
  const latest = addDuration(from.latest, d);
  const window = d.days > 0
    ? { earliest, latest }
    : { earliest: monthStart(monthIndexOf(earliest)), latest: monthEnd(monthIndexOf(latest)) };
  return { ...window, text: formatWindow(window) };
}

export function describeDerivation(args: {
  milestone: string;
  from: FuzzyDate;
  duration: Duration;
  result: { earliest: string; latest: string };
}): string {
  return `${args.milestone} ${formatFuzzyDate(args.from)} + ${args.duration.words} = ${formatWindow(args.result)}`;
}
