import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { padded, partitionByWindow, presetsFor, timeTicks, windowOf, type Domain, type WindowFacts } from "@/components/dashboard/chart-window";
import { dayNumber, fromDayNumber } from "@/db/domain/calendar-day";

const d = dayNumber;
/** The seeded bridge: a 2022 context event, announced Jun 2024, planned for mid-2026, read in Dec 2026. */
const BRIDGE: WindowFacts = {
  today: d("2026-12-02"),
  projectStart: d("2024-06-19"),
  currentEnd: d("2026-08-31"),
  planWindows: [{ x1: d("2026-05-01"), x2: d("2026-08-31") }],
  extent: [d("2022-01-01"), d("2026-12-02")],
};
const contains = ([a, b]: Domain, day: number) => a <= day && day <= b;

describe("windowOf", () => {
  it("shows the project's own span by default: from its announcement, not from an earlier context event", () => {
    const [first, last] = windowOf("project", BRIDGE);
    expect(first).toBeLessThanOrEqual(d("2024-06-19"));
    expect(first).toBeGreaterThan(d("2024-03-01"));
    expect(contains([first, last], BRIDGE.today)).toBe(true);
    expect(contains([first, last], d("2022-12-31"))).toBe(false);
  });

  it("runs to the current plan's end when that is later than today", () => {
    const facts = { ...BRIDGE, currentEnd: d("2028-06-30") };
    expect(windowOf("project", facts)[1]).toBeGreaterThanOrEqual(d("2028-06-30"));
  });

  it("falls back to every record when nothing says when the project began", () => {
    expect(windowOf("project", { ...BRIDGE, projectStart: null })).toEqual(windowOf("all", BRIDGE));
  });

  it("widens to every record, the 2022 event included", () => {
    expect(contains(windowOf("all", BRIDGE), d("2022-01-01"))).toBe(true);
  });

  it("narrows to the last twelve months, or to the completion windows", () => {
    const year = windowOf("year", BRIDGE);
    expect(contains(year, d("2025-12-02"))).toBe(true);
    expect(contains(year, d("2025-06-01"))).toBe(false);
    const plan = windowOf("plan", BRIDGE);
    expect(contains(plan, d("2026-05-01")) && contains(plan, d("2026-08-31"))).toBe(true);
    expect(contains(plan, d("2025-06-01"))).toBe(false);
  });

  it("offers the plan preset only when there is a plan", () => {
    expect(presetsFor(BRIDGE).map((p) => p.id)).toEqual(["project", "all", "year", "plan"]);
    expect(presetsFor({ ...BRIDGE, planWindows: [] }).map((p) => p.id)).toEqual(["project", "all", "year"]);
  });

  it("always leaves room on both sides of what it must show", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30_000 }), fc.integer({ min: 0, max: 5_000 }), (first, span) => {
        const [a, b] = padded(first, first + span);
        expect(a).toBeLessThan(first);
        expect(b).toBeGreaterThan(first + span);
      }),
    );
  });
});

describe("partitionByWindow", () => {
  it("puts a mark wholly before, partly inside or wholly after the window in its place", () => {
    const window: Domain = [d("2024-06-01"), d("2026-12-31")];
    const marks = [
      { id: "2022", span: [d("2022-01-01"), d("2022-12-31")] as Domain },
      { id: "2024 (straddles)", span: [d("2024-01-01"), d("2024-12-31")] as Domain },
      { id: "2025-04-30", span: [d("2025-04-30"), d("2025-04-30")] as Domain },
      { id: "2027", span: [d("2027-01-01"), d("2027-12-31")] as Domain },
    ];
    const { before, inside, after } = partitionByWindow(marks, window, (m) => m.span);
    expect(before.map((m) => m.id)).toEqual(["2022"]);
    expect(inside.map((m) => m.id)).toEqual(["2024 (straddles)", "2025-04-30"]);
    expect(after.map((m) => m.id)).toEqual(["2027"]);
  });
});

describe("timeTicks", () => {
  it("gives first-of-month ticks inside the window, never more than asked for", () => {
    fc.assert(
      fc.property(fc.integer({ min: d("2000-01-01"), max: d("2040-01-01") }), fc.integer({ min: 30, max: 8_000 }), fc.integer({ min: 3, max: 12 }), (first, span, max) => {
        const ticks = timeTicks([first, first + span], max);
        expect(ticks.length).toBeLessThanOrEqual(max);
        for (const t of ticks) {
          expect(t).toBeGreaterThanOrEqual(first);
          expect(t).toBeLessThanOrEqual(first + span);
          expect(fromDayNumber(t).endsWith("-01")).toBe(true);
        }
      }),
    );
  });

  it("thins out on a phone: yearly over the bridge's span where a wide screen gets half-years", () => {
    const window = windowOf("project", BRIDGE);
    expect(timeTicks(window, 4).map(fromDayNumber)).toEqual(["2025-01-01", "2026-01-01", "2027-01-01"]);
    expect(timeTicks(window, 9).map(fromDayNumber)).toEqual(["2024-07-01", "2025-01-01", "2025-07-01", "2026-01-01", "2026-07-01", "2027-01-01"]);
  });
});
