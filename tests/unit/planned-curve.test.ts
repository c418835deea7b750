import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, fromDayNumber } from "@/db/domain/calendar-day";
import { plannedPercentOn, plannedSeries } from "@/db/domain/planned-curve";

const MID_2026 = { earliest: "2026-05-01", latest: "2026-08-31" };
const anyDay = fc.integer({ min: dayNumber("2000-01-01"), max: dayNumber("2040-12-31") }).map(fromDayNumber);
const anyWindow = fc
  .tuple(anyDay, anyDay)
  .map(([a, b]) => (a <= b ? { earliest: a, latest: b } : { earliest: b, latest: a }));

describe("plannedPercentOn", () => {
  it("is 0 up to the start and 100 from the finishing day", () => {
    expect(plannedPercentOn("2025-01-01", "2025-04-30", MID_2026)).toEqual({ date: "2025-01-01", low: 0, mid: 0, high: 0 });
    expect(plannedPercentOn("2025-04-30", "2025-04-30", MID_2026)).toMatchObject({ low: 0, mid: 0, high: 0 });
    expect(plannedPercentOn("2026-05-01", "2025-04-30", MID_2026).high).toBe(100);
    expect(plannedPercentOn("2026-08-31", "2025-04-30", MID_2026)).toMatchObject({ low: 100, mid: 100, high: 100 });
    expect(plannedPercentOn("2026-11-26", "2025-04-30", MID_2026)).toMatchObject({ low: 100, mid: 100, high: 100 });
  });

  it("follows smoothstep of the elapsed fraction for each edge of the window", () => {
    // Days 0, 10, 15, 20: high finishes at 10, mid at 15, low at 20; on day 5 they stand at
    // smoothstep(1/2), smoothstep(1/3), smoothstep(1/4).
    const window = { earliest: "2026-01-11", latest: "2026-01-21" };
    expect(plannedPercentOn("2026-01-06", "2026-01-01", window)).toEqual({
      date: "2026-01-06",
      low: 15.6,
      mid: 25.9,
      high: 50,
    });
  });

  it("draws a band for the seeded plan while the window is open", () => {
    const p = plannedPercentOn("2026-06-15", "2025-04-30", MID_2026);
    expect(p.high).toBe(100);
    expect(p.low).toBeGreaterThan(90);
    expect(p.low).toBeLessThan(p.mid);
  });

  it("jumps to 100 on the start day when construction starts after the window opens", () => {
    const start = "2026-06-01";
    expect(plannedPercentOn("2026-05-15", start, MID_2026)).toMatchObject({ low: 0, mid: 0, high: 0 });
    expect(plannedPercentOn(start, start, MID_2026)).toMatchObject({ low: 0, mid: 0, high: 100 });
    expect(plannedPercentOn("2026-09-10", "2026-09-01", MID_2026)).toMatchObject({ low: 100, mid: 100, high: 100 });
    expect(plannedPercentOn("2026-08-31", "2026-09-01", MID_2026)).toMatchObject({ low: 0, mid: 0, high: 0 });
  });

  it("rejects a reversed window", () => {
    expect(() => plannedPercentOn("2026-01-01", "2025-01-01", { earliest: "2026-08-31", latest: "2026-05-01" })).toThrow(
      RangeError,
    );
  });

  it("property: 0 <= low <= mid <= high <= 100", () => {
    fc.assert(
      fc.property(anyDay, anyDay, anyWindow, (day, start, window) => {
        const p = plannedPercentOn(day, start, window);
        expect(0).toBeLessThanOrEqual(p.low);
        expect(p.low).toBeLessThanOrEqual(p.mid);
        expect(p.mid).toBeLessThanOrEqual(p.high);
        expect(p.high).toBeLessThanOrEqual(100);
      }),
      { numRuns: 1000 },
    );
  });

  it("property: never decreases as the day advances", () => {
    fc.assert(
      fc.property(anyDay, anyDay, anyDay, anyWindow, (d1, d2, start, window) => {
        const [a, b] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const p = plannedPercentOn(a, start, window);
        const q = plannedPercentOn(b, start, window);
        expect(p.low).toBeLessThanOrEqual(q.low);
        expect(p.mid).toBeLessThanOrEqual(q.mid);
        expect(p.high).toBeLessThanOrEqual(q.high);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("plannedSeries", () => {
  it("spans from..to evenly and includes the days where the band bends", () => {
    const series = plannedSeries({ start: "2025-04-30", window: MID_2026, from: "2025-01-01", to: "2026-12-31" });
    const dates = series.map((p) => p.date);
    expect(dates[0]).toBe("2025-01-01");
    expect(dates.at(-1)).toBe("2026-12-31");
    expect(dates).toEqual(expect.arrayContaining(["2025-04-30", "2026-05-01", "2026-07-01", "2026-08-31"]));
    expect(dates.length).toBeGreaterThanOrEqual(60);
    expect(dates.length).toBeLessThanOrEqual(64);
    expect(series.find((p) => p.date === "2026-05-01")?.high).toBe(100);
  });

  it("leaves out key days outside the requested range", () => {
    const series = plannedSeries({ start: "2025-04-30", window: MID_2026, from: "2025-06-01", to: "2025-06-30", points: 5 });
    expect(series.map((p) => p.date)).toEqual(["2025-06-01", "2025-06-08", "2025-06-16", "2025-06-23", "2025-06-30"]);
  });

  it("returns a single point when from equals to, and rejects bad arguments", () => {
    expect(plannedSeries({ start: "2025-04-30", window: MID_2026, from: "2026-01-01", to: "2026-01-01" })).toHaveLength(1);
    expect(() => plannedSeries({ start: "2025-04-30", window: MID_2026, from: "2026-01-02", to: "2026-01-01" })).toThrow(
      RangeError,
    );
    expect(() => plannedSeries({ start: "2025-04-30", window: MID_2026, from: "2025-01-01", to: "2026-01-01", points: 1 })).toThrow(
      RangeError,
    );
  });

  it("property: sorted, without duplicates, every point agrees with plannedPercentOn", () => {
    fc.assert(
      fc.property(anyDay, anyWindow, anyDay, anyDay, fc.integer({ min: 2, max: 120 }), (start, window, d1, d2, points) => {
        const [from, to] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const series = plannedSeries({ start, window, from, to, points });
        const dates = series.map((p) => p.date);
        expect(dates).toEqual([...new Set(dates)].sort());
        expect(dates[0]).toBe(from);
        expect(dates.at(-1)).toBe(to);
        for (const p of series) expect(p).toEqual(plannedPercentOn(p.date, start, window));
      }),
      { numRuns: 200 },
    );
  });
});
