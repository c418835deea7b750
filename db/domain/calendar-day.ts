/*
 * Calendar days as ISO "YYYY-MM-DD" strings, and the integer day numbers all date arithmetic
 * runs on: never Date objects, so no time zone can ever shift a day.
 */

const isLeapYear = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
export const daysInMonth = (y: number, m: number) =>
  m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
export const isoDay = (y: number, m: number, d: number) =>
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
