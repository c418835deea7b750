/*
 * Display helpers for days, percentages and ranges. Days stay "YYYY-MM-DD" strings and day
 * numbers throughout: nothing here parses a day with the local-time Date constructor, so the
 * server and every browser print the same day whatever their time zone.
 */
import { fromDayNumber } from "@/db/domain/calendar-day";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const MINUS = "\u2212";

/** Axis tick for a day number: "2025" on 1 January, otherwise "Jul 2025". */
export function formatAxisDay(day: number): string {
  const [year = "", month = "1"] = fromDayNumber(Math.round(day)).split("-");
  return month === "01" ? year : `${MONTHS[Number(month) - 1] ?? ""} ${year}`;
}

/** A signed number with a true minus sign: "+12", "−100", "0". */
export function signed(n: number): string {
  if (n === 0) return "0";
  return n > 0 ? `+${n}` : `${MINUS}${Math.abs(n)}`;
}

export function formatPercent(n: number): string {
  return `${n}%`;
}

/** A band of percentages: "40–70%", or "100%" when both edges agree. */
export function formatPercentBand(b: { low: number; high: number }): string {
  return b.low === b.high ? formatPercent(b.low) : `${b.low}–${b.high}%`;
}

/** Reported minus planned, in percentage points: "−100 points" or "−30 to −5 points". */
export function formatGap(g: { low: number; high: number }): string {
  const unit = (n: number) => (Math.abs(n) === 1 ? "point" : "points");
  if (g.low === g.high) return `${signed(g.low)} ${unit(g.low)}`;
  return `${signed(g.low)} to ${signed(g.high)} ${unit(g.high)}`;
}

export function formatAgeDays(days: number): string {
  if (days === 0) return "today";
  if (days < 0) return `in ${-days} ${-days === 1 ? "day" : "days"}`;
  return `${days} ${days === 1 ? "day" : "days"} ago`;
}

/** Slippage as a range of days: "+0 to +30 days", or "+12 days" when exact. */
export function formatSlippage(s: { minDays: number; maxDays: number }): string {
  const unit = (n: number) => (Math.abs(n) === 1 ? "day" : "days");
  if (s.minDays === s.maxDays) return `${signed(s.minDays)} ${unit(s.minDays)}`;
  return `${signed(s.minDays)} to ${signed(s.maxDays)} ${unit(s.maxDays)}`;
}

/** An instant in UTC, identical on server and browser: "26 Nov 2026, 14:05 UTC". */
export function formatInstant(isoInstant: string): string {
  const t = Date.parse(isoInstant);
  if (Number.isNaN(t)) return isoInstant;
  const d = new Date(t);
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ""} ${d.getUTCFullYear()}`;
  return `${day}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

