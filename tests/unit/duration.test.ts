import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DURATION_FORMS,
  addDuration,
  derivedWindow,
  describeDerivation,
  parseDuration,
  type Duration,
} from "@/db/domain/duration";
import { dayNumber, fromDayNumber } from "@/db/domain/calendar-day";
import { exactDay, parseFuzzyDate } from "@/db/domain/fuzzy-date";

function duration(input: string): Duration {
  const r = parseDuration(input);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe("parseDuration", () => {
  it.each([
    ["P18M", "P18M", "18 months"],
    ["P1Y6M", "P1Y6M", "1 year 6 months"],
    ["P1Y18M", "P1Y18M", "1 year 18 months"],
    ["P2Y", "P2Y", "2 years"],
    ["P90D", "P90D", "90 days"],
    ["P1Y2M10D", "P1Y2M10D", "1 year 2 months 10 days"],
    ["P3W", "P21D", "21 days"],
    ["P1W2D", "P9D", "9 days"],
    ["p1m", "P1M", "1 month"],
    ["  P18M  ", "P18M", "18 months"],
  ])("reads ISO %j as %s (%s)", (input, iso, words) => {
    const d = duration(input);
    expect(d.iso).toBe(iso);
    expect(d.words).toBe(words);
  });

  it.each([
    ["18 months", "P18M"],
    ["1 year 6 months", "P1Y6M"],
    ["1 year and 6 months", "P1Y6M"],
    ["1 year, 6 months", "P1Y6M"],
    ["1 year, and 6 months", "P1Y6M"],
    ["2 years", "P2Y"],
    ["a year", "P1Y"],
    ["one year", "P1Y"],
    ["six months", "P6M"],
    ["twenty days", "P20D"],
    ["half a year", "P6M"],
    ["18 mo", "P18M"],
    ["18mo", "P18M"],
    ["2 yrs", "P2Y"],
    ["3 weeks", "P21D"],
    ["1 week 3 days", "P10D"],
    ["90 days", "P90D"],
    ["Two Years", "P2Y"],
    ["  1   year\tand  6 months ", "P1Y6M"],
  ])("reads %j as %s", (input, iso) => {
    expect(duration(input).iso).toBe(iso);
  });

  it("keeps the claim's own structure instead of normalising months into years", () => {
    expect(duration("18 months")).toEqual({ years: 0, months: 18, days: 0, iso: "P18M", words: "18 months" });
    expect(duration("1 year 6 months")).toEqual({ years: 1, months: 6, days: 0, iso: "P1Y6M", words: "1 year 6 months" });
  });

  it("round-trips its canonical forms", () => {
    for (const input of ["P1Y18M", "P3W", "1 year 2 months 10 days", "half a year"]) {
      const d = duration(input);
      expect(duration(d.iso)).toEqual(d);
      expect(duration(d.words)).toEqual(d);
    }
  });

  it.each(["", "   ", "P", "PT5H", "P1DT12H", "0 months", "P0D", "60 years", "P601M", "P18263D", "soon",
    "an year", "6 months 1 year", "1 year 1 year", "1.5 years", "P1.5Y", "P6M1Y", "-3 months", "months", "18"])(
    "refuses %j naming it and the accepted forms",
    (input) => {
      const r = parseDuration(input);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error).toContain(`Cannot read "${input.trim()}" as a duration`);
      expect(r.error).toContain(`Accepted forms: ${DURATION_FORMS.join(", ")}`);
    },
  );

  it("says why a time part, a zero or an overlong duration is refused", () => {
    expect(parseDuration("PT5H")).toMatchObject({ ok: false, error: expect.stringContaining("hours") as unknown });
    expect(parseDuration("0 months")).toMatchObject({ ok: false, error: expect.stringContaining("zero") as unknown });
    expect(parseDuration("60 years")).toMatchObject({ ok: false, error: expect.stringContaining("over 50 years") as unknown });
  });

  it("accepts exactly 50 years", () => {
    expect(duration("50 years").iso).toBe("P50Y");
    expect(duration("P600M").iso).toBe("P600M");
  });

  it("truncates long input in the message", () => {
    const r = parseDuration("x".repeat(100));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(`"${"x".repeat(40)}…"`);
  });
});

describe("addDuration", () => {
  it.each([
    ["2024-01-31", "P1M", "2024-02-29"],
    ["2025-01-31", "P1M", "2025-02-28"],
    ["2025-08-31", "P6M", "2026-02-28"],
    ["2024-02-29", "P1Y", "2025-02-28"],
    ["2024-02-29", "P4Y", "2028-02-29"],
    ["2100-01-31", "P1M", "2100-02-28"],
    ["2000-01-31", "P1M", "2000-02-29"],
    ["2025-03-31", "P1M", "2025-04-30"],
    ["2025-11-15", "P2M", "2026-01-15"],
    ["2025-04-30", "P18M", "2026-10-30"],
    ["2025-04-30", "P1Y18M", "2027-10-30"],
    ["2025-12-31", "P1D", "2026-01-01"],
    ["2025-01-31", "P1M1D", "2025-03-01"],
    ["2024-02-28", "P2D", "2024-03-01"],
    ["2025-04-30", "P3W", "2025-05-21"],
  ])("%s + %s = %s", (from, d, expected) => {
    expect(addDuration(from, duration(d))).toBe(expected);
  });

  it("refuses a non-day", () => {
    expect(() => addDuration("2025-02-30", duration("P1M"))).toThrow(RangeError);
  });
});

describe("derivedWindow", () => {
  it("widens a months-only result to its whole month", () => {
    expect(derivedWindow(exactDay("2025-04-30"), duration("P18M"))).toEqual({
      earliest: "2026-10-01",
      latest: "2026-10-31",
      text: "Oct 2026",
    });
  });

  it("carries a vague start through as whole months", () => {
    expect(derivedWindow(parseFuzzyDate("2025"), duration("P18M"))).toEqual({
      earliest: "2026-07-01",
      latest: "2027-06-30",
      text: "Jul 2026 – Jun 2027",
    });
    expect(derivedWindow(parseFuzzyDate("2025-04"), duration("2 years"))).toEqual({
      earliest: "2027-04-01",
      latest: "2027-04-30",
      text: "Apr 2027",
    });
    expect(derivedWindow(parseFuzzyDate("Q3 2026"), duration("1 year 6 months")).text).toBe("Jan – Mar 2028");
  });

  it("keeps day precision when the duration has days", () => {
    expect(derivedWindow(exactDay("2025-04-30"), duration("P90D"))).toEqual({
      earliest: "2025-07-29",
      latest: "2025-07-29",
      text: "29 Jul 2025",
    });
    expect(derivedWindow(parseFuzzyDate("2025-04"), duration("P1M10D"))).toEqual({
      earliest: "2025-05-11",
      latest: "2025-06-09",
      text: "11 May – 9 Jun 2025",
    });
  });

  it("never ends before it begins", () => {
    const anyDay = fc.integer({ min: dayNumber("1900-01-01"), max: dayNumber("2100-12-31") });
    const anyDuration = fc
      .record({ years: fc.nat(20), months: fc.nat(30), days: fc.nat(400) })
      .filter((p) => p.years + p.months + p.days > 0)
      .map((p) => duration(`P${String(p.years)}Y${String(p.months)}M${String(p.days)}D`));
    fc.assert(
      fc.property(anyDay, fc.nat(3000), anyDuration, (start, length, d) => {
        const w = derivedWindow({ earliest: fromDayNumber(start), latest: fromDayNumber(start + length) }, d);
        expect(w.earliest <= w.latest).toBe(true);
      }),
    );
  });
});

describe("describeDerivation", () => {
  it("shows the arithmetic from an exact day", () => {
    const from = exactDay("2025-04-30");
    const d = duration("P18M");
    expect(describeDerivation({ milestone: "Construction start", from, duration: d, result: derivedWindow(from, d) })).toBe(
      "Construction start 30 Apr 2025 + 18 months = Oct 2026",
    );
  });

  it("shows the arithmetic from a vague date in its own wording", () => {
    const d = duration("two years");
    for (const [text, expected] of [
      ["2025-04", "Construction start Apr 2025 + 2 years = Apr 2027"],
      ["mid 2025", "Construction start mid 2025 + 2 years = May – Aug 2027"],
    ] as const) {
      const from = parseFuzzyDate(text);
      expect(describeDerivation({ milestone: "Construction start", from, duration: d, result: derivedWindow(from, d) })).toBe(
        expected,
      );
    }
  });
});
