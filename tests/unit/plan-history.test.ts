import { describe, expect, it } from "vitest";
import { parseFuzzyDate } from "@/db/domain/fuzzy-date";
import { planHistory, planInForce, type PlanClaim } from "@/db/domain/plan-history";

const claim = (id: string, claimed: string, window: string | null, accepted = true): PlanClaim => ({
  id,
  claimed: parseFuzzyDate(claimed),
  window: window === null ? null : parseFuzzyDate(window),
  accepted,
});
const ids = (claims: readonly PlanClaim[]) => claims.map((c) => c.id);

const original = claim("original", "2024-03-12", "mid-2026");
const revised = claim("revised", "2026-02", "Q4 2026");

describe("planHistory", () => {
  it("takes the first claim made as the baseline and the last as the current plan", () => {
    const history = planHistory([revised, original]);
    expect(ids(history.plans)).toEqual(["original", "revised"]);
    expect(history.baseline).toBe(original);
    expect(history.current).toBe(revised);
    expect(history).toMatchObject({ baselineTies: [], currentTies: [] });
  });

  it("gives how far the plan moved as a range of days", () => {
    // Q4 2026 (1 Oct – 31 Dec) against mid-2026 (1 May – 31 Aug): from 31 Aug to 1 Oct, from 1 May to 31 Dec.
    expect(planHistory([original, revised]).moved).toEqual({ minDays: 31, maxDays: 244 });
  });

  it("has one plan as both baseline and current, which has not moved", () => {
    const history = planHistory([original]);
    expect(history.baseline).toBe(original);
    expect(history.current).toBe(original);
    expect(history.moved).toBeNull();
  });

  it("ignores claims not accepted and derived claims without a window yet", () => {
    const rejected = claim("rejected", "2023", "2025", false);
    const derived = claim("derived", "2026-06", null);
    const history = planHistory([rejected, original, derived]);
    expect(ids(history.plans)).toEqual(["original"]);
    expect(history.moved).toBeNull();
  });

  it("is empty without any usable claim", () => {
    expect(planHistory([claim("derived", "2026", null)])).toEqual({
      plans: [],
      baseline: null,
      baselineTies: [],
      current: null,
      currentTies: [],
      moved: null,
    });
  });

  it("orders vague claim dates by the day they surely happened by, and reports the tie", () => {
    const year = claim("year", "2025", "mid-2026");
    const may = claim("may", "2025-05", "Q4 2026");
    const history = planHistory([year, may]);
    expect(ids(history.plans)).toEqual(["may", "year"]);
    expect(history.baseline).toBe(may);
    expect(ids(history.baselineTies)).toEqual(["year"]);
    expect(history.current).toBe(year);
    expect(ids(history.currentTies)).toEqual(["may"]);
  });

  it("keeps input order between claims made on the same date", () => {
    const first = claim("first", "2025-05", "mid-2026");
    const second = claim("second", "2025-05", "Q4 2026");
    expect(ids(planHistory([first, second]).plans)).toEqual(["first", "second"]);
    expect(ids(planHistory([second, first]).plans)).toEqual(["second", "first"]);
  });
});

describe("planInForce", () => {
  const history = planHistory([original, revised]);
  const observed = (text: string) => parseFuzzyDate(text);

  it("is the plan claimed by the observation's last day", () => {
    expect(planInForce(history, observed("2025-11"))).toBe(original);
    expect(planInForce(history, observed("2026-02"))).toBe(revised);
    expect(planInForce(history, observed("2026-06-01"))).toBe(revised);
  });

  it("keeps the older plan while the new claim may not have been made yet", () => {
    expect(planInForce(history, observed("2026-02-10"))).toBe(original);
  });

  it("falls back to the baseline for an observation before any claim", () => {
    expect(planInForce(history, observed("2023"))).toBe(original);
    expect(planInForce(planHistory([]), observed("2023"))).toBeNull();
  });
});
