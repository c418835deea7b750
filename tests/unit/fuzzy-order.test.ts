/* The order of vague dates: what is known (before, after, tie), and the one order lists use. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFuzzyDate } from "@/db/domain/fuzzy-date";
import { compareFuzzyOrder, relate, surelyBy, tiedWithFirst, tiedWithLast } from "@/db/domain/fuzzy-order";

const d = parseFuzzyDate;

describe("relate", () => {
  it.each([
    ["2025-04-30", "2025-05", "before"],
    ["2025-05", "2025-04-30", "after"],
    ["2025", "2025-05", "tie"],
    ["2025-05", "2025", "tie"],
    ["mid-2026", "Q3 2026", "tie"],
    ["mid-2026", "Q4 2026", "before"],
    ["2025-12-31", "2026", "before"],
    ["2025-04-30", "2025-04-30", "tie"],
  ])("%s against %s: %s", (a, b, relation) => {
    expect(relate(d(a), d(b))).toBe(relation);
  });
});

describe("compareFuzzyOrder", () => {
  it("lists by the last day a date can mean, then by its first day", () => {
    const texts = ["2025", "2025-05", "2025-05-15", "H2 2025", "2024~"];
    const sorted = texts.map(d).sort(compareFuzzyOrder).map((x) => x.text);
    expect(sorted).toEqual(["2025-05-15", "2025-05", "2024~", "2025", "H2 2025"]);
  });

  it("takes 2025 as later than 2025-05, which the tie then qualifies", () => {
    expect(compareFuzzyOrder(d("2025"), d("2025-05"))).toBeGreaterThan(0);
    expect(relate(d("2025"), d("2025-05"))).toBe("tie");
  });

  const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));
  const window = fc.tuple(day, day).map(([a, b]) => (a <= b ? { earliest: a, latest: b } : { earliest: b, latest: a }));

  it("property: a total order that never contradicts what is known", () => {
    fc.assert(
      fc.property(window, window, window, (a, b, c) => {
        expect(Math.sign(compareFuzzyOrder(a, b))).toBe(-Math.sign(compareFuzzyOrder(b, a)) || 0);
        if (compareFuzzyOrder(a, b) <= 0 && compareFuzzyOrder(b, c) <= 0) expect(compareFuzzyOrder(a, c)).toBeLessThanOrEqual(0);
        if (relate(a, b) === "before") expect(compareFuzzyOrder(a, b)).toBeLessThan(0);
        if (relate(a, b) === "after") expect(compareFuzzyOrder(a, b)).toBeGreaterThan(0);
      }),
    );
  });
});

describe("ties", () => {
  const items = ["2024", "2025-02", "2025-05", "2025"].map((text) => ({ text, date: d(text) }));
  const sorted = [...items].sort((a, b) => compareFuzzyOrder(a.date, b.date));

  it("finds what cannot be told apart from the last and the first", () => {
    expect(sorted.map((i) => i.text)).toEqual(["2024", "2025-02", "2025-05", "2025"]);
    expect(tiedWithLast(sorted, (i) => i.date).map((i) => i.text)).toEqual(["2025-02", "2025-05"]);
    expect(tiedWithFirst(sorted, (i) => i.date)).toEqual([]);
    expect(tiedWithLast([], (i: { date: { earliest: string; latest: string } }) => i.date)).toEqual([]);
  });

  it("counts a vague date as known by a day only once its last day has come", () => {
    expect(surelyBy(d("2025-05"), "2025-05-31")).toBe(true);
    expect(surelyBy(d("2025-05"), "2025-05-30")).toBe(false);
  });
});
