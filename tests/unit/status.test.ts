import { describe, expect, it } from "vitest";
import { plannedPercentOn } from "@/db/domain/planned-curve";
import {
  BEHIND_THRESHOLD_POINTS,
  STALE_REPORT_DAYS,
  STATUS_RULES,
  projectStatus,
  type ProjectStatus,
  type StatusInput,
} from "@/db/domain/status";

const MID_2026 = { earliest: "2026-05-01", latest: "2026-08-31", text: "mid-2026" };
const START = "2025-04-30";

const seeded: StatusInput = {
  today: "2026-11-26",
  constructionStart: START,
  plan: MID_2026,
  completedOn: null,
  latestReport: { percent: 0, observedOn: START },
};

const at = (today: string, overrides: Partial<StatusInput> = {}): StatusInput => ({
  ...seeded,
  today,
  latestReport: null,
  ...overrides,
});
const report = (percent: number | null, observedOn: string) => ({ latestReport: { percent, observedOn } });

describe("projectStatus", () => {
  it("calls the seeded project overdue / unconfirmed", () => {
    expect(projectStatus(seeded)).toEqual({
      status: "overdue",
      label: "Overdue / unconfirmed",
      reason: "Planned completion mid-2026 (by 31 Aug 2026) has passed; no completion has been reported.",
      plannedToday: { low: 100, mid: 100, high: 100 },
      latestPercent: 0,
      gap: { low: -100, high: -100 },
      reportAgeDays: 575,
    });
  });

  it.each<[string, StatusInput, ProjectStatus, string]>([
    ["completion recorded", at("2026-11-26", { completedOn: { earliest: "2026-07-15", latest: "2026-07-15" } }), "complete", "Complete"],
    ["completion recorded without a plan", at("2026-11-26", { plan: null, completedOn: { earliest: "2026-07-01", latest: "2026-07-31" } }), "complete", "Complete"],
    ["latest report says 100%", at("2026-11-26", report(100, "2026-08-01")), "complete", "Complete"],
    ["no plan of record", at("2026-01-01", { plan: null }), "no_data", "No data"],
    ["no construction start", at("2026-01-01", { constructionStart: null }), "no_data", "No data"],
    ["plan passed, no report since", at("2026-09-01", report(90, "2026-08-31")), "overdue", "Overdue / unconfirmed"],
    ["plan passed, only a qualitative report since", at("2026-11-26", report(null, "2026-10-01")), "overdue", "Overdue / unconfirmed"],
    ["plan passed, a later report shows work unfinished", at("2026-11-26", report(80, "2026-10-01")), "overdue", "Overdue"],
    ["far behind the planned band", at("2026-01-01", report(10, "2025-12-15")), "at_risk", "At risk"],
    ["latest report is stale", at("2026-01-01", report(60, "2025-06-01")), "at_risk", "At risk"],
    ["no percent past the halfway day", at("2025-12-01"), "at_risk", "At risk"],
    ["only a qualitative report past the halfway day", at("2025-12-01", report(null, "2025-11-20")), "at_risk", "At risk"],
    ["within the band", at("2026-01-01", report(50, "2025-12-20")), "on_track", "On track"],
    ["early on, nothing reported yet", at("2025-06-01"), "on_track", "On track"],
    ["on the last day of the window", at("2026-08-31", report(95, "2026-08-20")), "on_track", "On track"],
  ])("%s", (_case, input, status, label) => {
    const result = projectStatus(input);
    expect(result.status).toBe(status);
    expect(result.label).toBe(label);
    expect(result.reason).toMatch(/^[A-Z].*\.$/);
  });

  it("explains the figures behind an at-risk verdict", () => {
    const behind = projectStatus(at("2026-01-01", report(10, "2025-12-15")));
    expect(behind.reason).toContain("10%");
    expect(behind.reason).toContain("15 Dec 2025");
    expect(behind.gap?.high).toBeLessThan(-BEHIND_THRESHOLD_POINTS);
    const stale = projectStatus(at("2026-01-01", report(60, "2025-06-01")));
    expect(stale.reportAgeDays).toBe(214);
    expect(stale.reason).toContain("214 days old");
  });

  it("is not at risk exactly at the thresholds", () => {
    const today = "2026-01-01";
    const low = plannedPercentOn(today, START, MID_2026).low;
    expect(projectStatus(at(today, report(low - BEHIND_THRESHOLD_POINTS, "2025-12-20"))).status).toBe("on_track");
    expect(projectStatus(at(today, report(low - BEHIND_THRESHOLD_POINTS - 0.1, "2025-12-20"))).status).toBe("at_risk");
    const staleDay = "2025-07-05";
    expect(projectStatus(at(today, report(90, staleDay))).reportAgeDays).toBe(STALE_REPORT_DAYS);
    expect(projectStatus(at(today, report(90, staleDay))).status).toBe("on_track");
    expect(projectStatus(at(today, report(90, "2025-07-04"))).status).toBe("at_risk");
  });

  it("reports the planned band, gap and age alongside any status", () => {
    const result = projectStatus(at("2026-01-01", report(50, "2025-12-20")));
    const planned = plannedPercentOn("2026-01-01", START, MID_2026);
    expect(result.plannedToday).toEqual({ low: planned.low, mid: planned.mid, high: planned.high });
    expect(result.gap).toEqual({
      low: Math.round((50 - planned.high) * 10) / 10,
      high: Math.round((50 - planned.low) * 10) / 10,
    });
    expect(result.reportAgeDays).toBe(12);
    expect(projectStatus(at("2026-01-01", { plan: null }))).toMatchObject({ plannedToday: null, gap: null, reportAgeDays: null });
  });

  it("names what is missing when there is no data", () => {
    expect(projectStatus(at("2026-01-01", { plan: null, constructionStart: null })).reason).toBe(
      "There is no plan of record and no construction start.",
    );
  });
});

describe("STATUS_RULES", () => {
  it("lists every status once, in evaluation order, with the thresholds spelled out", () => {
    expect(STATUS_RULES.map((r) => r.status)).toEqual(["complete", "no_data", "overdue", "at_risk", "on_track"]);
    const atRisk = STATUS_RULES.find((r) => r.status === "at_risk")?.rule ?? "";
    expect(atRisk).toContain(`${BEHIND_THRESHOLD_POINTS} points`);
    expect(atRisk).toContain(`${STALE_REPORT_DAYS} days`);
  });
});
