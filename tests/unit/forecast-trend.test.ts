import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, fromDayNumber } from "@/db/domain/calendar-day";
import { parseFuzzyDate } from "@/db/domain/fuzzy-date";
import { forecastTrend, trendTicks, type TrendClaim } from "@/db/domain/forecast-trend";

const claim = (id: string, claimed: string, window: string | null, extra: Partial<TrendClaim> = {}): TrendClaim => ({
  id,
  claimed: parseFuzzyDate(claimed),
  window: window === null ? null : parseFuzzyDate(window),
  accepted: true,
  derivedFrom: null,
  arithmetic: null,
  sourceId: "source-1",
  ...extra,
});

const original = claim("original", "2024-05-01", "2027-06-30");
const vague = claim("vague", "2025", "mid-2027");
const derived = claim("derived", "2025-06", "2028-06", {
  derivedFrom: "milestone-1",
  arithmetic: "Construction start Jun 2024 + 4 years = Jun 2028",
});
const plans = { baselineId: "original", currentId: "derived" };
const day = dayNumber;

describe("forecastTrend", () => {
  it("draws an exact claim of an exact day as a point at those days", () => {
    const [mark] = forecastTrend([original], { baselineId: "original", currentId: "original" }).marks;
    expect(mark).toMatchObject({
      shape: "point",
      role: "baseline-current",
      x: { from: day("2024-05-01"), to: day("2024-05-01"), mid: day("2024-05-01") },
      y: { from: day("2027-06-30"), to: day("2027-06-30") },
      claimedText: "1 May 2024",
      completionText: "30 Jun 2027",
    });
  });

  it("draws a vague claim date across every day it can mean, never as a point", () => {
    const mark = forecastTrend([vague], plans).marks[0]!;
    expect(mark.shape).toBe("cross");
    expect(mark.x).toEqual({ from: day("2025-01-01"), to: day("2025-12-31"), mid: (day("2025-01-01") + day("2025-12-31")) / 2 });
    expect(mark.y).toMatchObject({ from: day("2027-05-01"), to: day("2027-08-31") });
    expect(mark.claimedText).toBe("2025");
    expect(mark.completionText).toBe("mid-2027");
    expect(forecastTrend([claim("w", "2025", "2027-06-30")], plans).marks[0]!.shape).toBe("whisker");
    expect(forecastTrend([claim("b", "2025-03-02", "2027")], plans).marks[0]!.shape).toBe("bar");
  });

  it("flags a derived claim with its arithmetic", () => {
    const mark = forecastTrend([derived], plans).marks[0]!;
    expect(mark).toMatchObject({ derived: true, arithmetic: "Construction start Jun 2024 + 4 years = Jun 2028", role: "current" });
    expect(forecastTrend([original], plans).marks[0]!.derived).toBe(false);
  });

  it("keeps the baseline window as a reference band", () => {
    expect(forecastTrend([original, vague, derived], plans).baseline).toEqual({
      y1: day("2027-06-30"),
      y2: day("2027-06-30"),
      text: "30 Jun 2027",
    });
    expect(forecastTrend([vague], { baselineId: null, currentId: null }).baseline).toBeNull();
  });

  it("runs the diagonal y = x corner to corner of one padded domain for both axes", () => {
    const trend = forecastTrend([original, vague, derived], plans);
    const [from, to] = trend.domain;
    expect(from).toBeLessThan(day("2024-05-01"));
    expect(to).toBeGreaterThan(day("2028-06-30"));
    expect(trend.diagonal).toEqual([
      { x: from, y: from },
      { x: to, y: to },
    ]);
  });

  it("puts the claims in the order they were made, and the line through the accepted ones", () => {
    const rejected = claim("rejected", "2024-09", "2026", { accepted: false });
    const trend = forecastTrend([derived, vague, rejected, original], plans);
    // "2025-06" (surely by 30 Jun 2025) comes before "2025" (surely by 31 Dec 2025).
    expect(trend.marks.map((m) => m.id)).toEqual(["original", "rejected", "derived", "vague"]);
    expect(trend.line.map((p) => p.y)).toEqual(
      [original, derived, vague].map((c) => (day(c.window!.earliest) + day(c.window!.latest)) / 2),
    );
  });

  it("marks a claim not accepted as such, and leaves it off the line", () => {
    const trend = forecastTrend([original, claim("rejected", "2024-09", "2026", { accepted: false })], plans);
    expect(trend.marks[1]).toMatchObject({ id: "rejected", accepted: false, role: "not-accepted" });
    expect(trend.line).toHaveLength(1);
  });

  it("lists a derived claim without a window apart, and does not draw it", () => {
    const pending = claim("pending", "2025-02", null, { derivedFrom: "m", arithmetic: "18 months after completion, which has no actual date yet" });
    const trend = forecastTrend([original, pending], plans);
    expect(trend.marks.map((m) => m.id)).toEqual(["original"]);
    expect(trend.unplotted).toEqual([
      expect.objectContaining({ id: "pending", derived: true, role: "no-window", claimedText: "Feb 2025" }),
    ]);
  });

  it("has every mark inside the domain, and ticks on the first of a month inside it", () => {
    const days = fc.integer({ min: day("2000-01-01"), max: day("2090-12-31") });
    fc.assert(
      fc.property(fc.array(fc.tuple(days, fc.nat(400), days, fc.nat(400)), { minLength: 1, maxLength: 6 }), (rows) => {
        const claims = rows.map(([c, cw, w, ww], i): TrendClaim => {
          const range = (from: number, length: number) => `${fromDayNumber(from)}/${fromDayNumber(from + length)}`;
          return claim(`c${i}`, range(c, cw), range(w, ww));
        });
        const trend = forecastTrend(claims, { baselineId: "c0", currentId: null });
        for (const m of trend.marks) {
          for (const v of [m.x.from, m.x.to, m.y.from, m.y.to]) {
            expect(v).toBeGreaterThan(trend.domain[0]);
            expect(v).toBeLessThan(trend.domain[1]);
          }
        }
        expect(trend.ticks.length).toBeGreaterThan(0);
        for (const t of trend.ticks) expect(t >= trend.domain[0] && t <= trend.domain[1]).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("ticks by year over a long span and by half-year over a few years", () => {
    expect(trendTicks(day("2020-01-01"), day("2030-12-31"))).toHaveLength(11);
    expect(trendTicks(day("2024-01-01"), day("2026-12-31"))).toEqual(
      ["2024-01-01", "2024-07-01", "2025-01-01", "2025-07-01", "2026-01-01", "2026-07-01"].map(day),
    );
  });
});
