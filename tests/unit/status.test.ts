import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFuzzyDate } from "@/db/domain/fuzzy-date";
import { plannedPercentOn } from "@/db/domain/planned-curve";
import {
  BEHIND_THRESHOLD_POINTS,
  FAR_BEHIND_THRESHOLD_POINTS,
  STALE_EVIDENCE_DAYS,
  STATUS_RULES,
  projectStatus,
  type ProjectStatus,
  type StatusInput,
} from "@/db/domain/status";

const START = "2025-04-30";
const plan = (text: string) => parseFuzzyDate(text);
const MID_2026 = plan("mid-2026");

/** One plan of record, nothing reported. */
const at = (today: string, overrides: Partial<StatusInput> = {}): StatusInput => ({
  today,
  constructionStart: START,
  baseline: MID_2026,
  current: MID_2026,
  completedOn: null,
  latestFigure: null,
  latestEvidence: null,
  ...overrides,
});
/** A whole-project figure, which is also the latest evidence. */
const figure = (percent: number, observed: string) => {
  const window = parseFuzzyDate(observed);
  return { latestFigure: { percent, observed: window }, latestEvidence: { observed: window } };
};
const note = (observed: string) => ({ latestEvidence: { observed: parseFuzzyDate(observed) } });
const moved = (baseline: string, current: string) => ({ baseline: plan(baseline), current: plan(current) });
const lowEdge = (today: string) => plannedPercentOn(today, START, MID_2026).low;

describe("projectStatus against one plan", () => {
  it("calls a passed plan with no later figure overdue / unconfirmed, with every fact", () => {
    const verdict = {
      status: "overdue",
      label: "Overdue / unconfirmed",
      reason:
        "Planned completion mid-2026 (May – Aug 2026) has passed; no completion has been reported, " +
        "and no figure observed surely after it shows the work unfinished.",
      plannedToday: { low: 100, mid: 100, high: 100 },
      gap: { low: -100, high: -100 },
    };
    expect(projectStatus(at("2026-11-26", figure(0, START)))).toEqual({
      ...verdict,
      againstBaseline: verdict,
      againstCurrent: verdict,
      planMoved: false,
      latestPercent: 0,
      evidenceAgeDays: 575,
      figureAgeDays: 575,
    });
  });

  it.each<[string, StatusInput, ProjectStatus, string]>([
    ["completion recorded on a day", at("2026-11-26", { completedOn: plan("2026-07-15") }), "complete", "Complete"],
    ["completion recorded without a plan", at("2026-11-26", { baseline: null, current: null, completedOn: plan("2026-07") }), "complete", "Complete"],
    ["latest figure says 100%", at("2026-11-26", figure(100, "2026-08")), "complete", "Complete"],
    ["no plan of record", at("2026-01-01", { baseline: null, current: null }), "no_data", "No data"],
    ["no construction start", at("2026-01-01", { constructionStart: null }), "no_data", "No data"],
    ["plan passed, figure from its last month", at("2026-09-01", figure(90, "2026-08")), "overdue", "Overdue / unconfirmed"],
    ["plan passed, only a qualitative report since", at("2026-11-26", { ...figure(60, "2026-07"), ...note("2026-10") }), "overdue", "Overdue / unconfirmed"],
    ["plan passed, a later figure shows work unfinished", at("2026-11-26", figure(80, "2026-10")), "overdue", "Overdue"],
    ["plan passed, the later figure is only known as 2026", at("2026-11-26", figure(80, "2026")), "overdue", "Overdue / unconfirmed"],
    ["70 points below the band", at("2026-04-15", figure(lowEdge("2026-04-15") - 70, "2026-04")), "far_behind", "Far behind plan"],
    ["15 points below the band", at("2026-04-15", figure(lowEdge("2026-04-15") - 15, "2026-04")), "behind", "Behind plan"],
    ["latest figure is stale", at("2026-01-01", figure(60, "2025-06-01")), "unconfirmed", "Unconfirmed"],
    ["stale figure, recent qualitative report", at("2026-01-01", { ...figure(60, "2025-06-01"), ...note("2025-12-15") }), "on_track", "On track"],
    ["no figure past the halfway day", at("2025-12-01"), "unconfirmed", "Unconfirmed"],
    ["only a qualitative report past the halfway day", at("2025-12-01", note("2025-11-20")), "unconfirmed", "Unconfirmed"],
    ["within the band", at("2026-01-01", figure(50, "2025-12-20")), "on_track", "On track"],
    ["early on, nothing reported yet", at("2025-06-01"), "on_track", "On track"],
    ["on the last day of the window", at("2026-08-31", figure(95, "2026-08-20")), "on_track", "On track"],
  ])("%s", (_case, input, status, label) => {
    const result = projectStatus(input);
    expect(result).toMatchObject({ status, label, planMoved: false });
    expect(result.reason).toMatch(/^[A-Z][^.]*(\.\d[^.]*)*\.$/);
    if (input.current) expect(result.againstBaseline).toEqual(result.againstCurrent);
  });

  it("takes a figure as surely after the plan only when its first possible day is", () => {
    const input = (observed: string) => at("2026-01-10", { ...moved("mid-2025", "mid-2025"), ...figure(80, observed) });
    expect(projectStatus(input("2025-11")).label).toBe("Overdue");
    expect(projectStatus(input("2025-11")).reason).toBe(
      "Planned completion mid-2025 (May – Aug 2025) has passed; the latest figure (observed Nov 2025) puts progress at 80%.",
    );
    expect(projectStatus(input("2025")).label).toBe("Overdue / unconfirmed");
  });

  it("says how far below the band, at the precision observed", () => {
    expect(projectStatus(at("2026-04-15", figure(10.5, "2026-04"))).reason).toBe(
      "The latest figure (observed Apr 2026) puts progress at 10.5%, 70 points below the 80.5–99.4% planned for today.",
    );
    expect(projectStatus(at("2026-04-15", figure(65.5, "2026-04"))).reason).toContain("15 points below");
  });

  it("is behind and far behind only beyond the thresholds", () => {
    const today = "2026-04-15";
    const short = (points: number) => projectStatus(at(today, figure(lowEdge(today) - points, "2026-04"))).status;
    expect(short(BEHIND_THRESHOLD_POINTS)).toBe("on_track");
    expect(short(BEHIND_THRESHOLD_POINTS + 0.1)).toBe("behind");
    expect(short(FAR_BEHIND_THRESHOLD_POINTS)).toBe("behind");
    expect(short(FAR_BEHIND_THRESHOLD_POINTS + 0.1)).toBe("far_behind");
  });

  it("counts the age of any evidence from its first possible day, and says so", () => {
    const staleDay = "2025-07-05";
    expect(projectStatus(at("2026-01-01", figure(90, staleDay)))).toMatchObject({ evidenceAgeDays: STALE_EVIDENCE_DAYS, status: "on_track" });
    expect(projectStatus(at("2026-01-01", figure(90, "2025-07-04"))).status).toBe("unconfirmed");
    expect(projectStatus(at("2026-01-01", figure(60, "2025-06-01"))).reason).toBe(
      "The latest report (observed 1 Jun 2025) is 214 days old, beyond the 180-day limit.",
    );
    expect(projectStatus(at("2026-01-01", figure(60, "2025-06"))).reason).toBe(
      "The latest report (observed Jun 2025) is up to 214 days old, beyond the 180-day limit.",
    );
    const recentNote = projectStatus(at("2026-01-01", { ...figure(60, "2025-06-01"), ...note("2025-12-15") }));
    expect(recentNote).toMatchObject({ evidenceAgeDays: 17, figureAgeDays: 214, latestPercent: 60 });
  });

  it("explains the other verdicts in words", () => {
    expect(projectStatus(at("2026-11-26", { completedOn: plan("2026-07-15") })).reason).toBe("Completion was recorded on 15 Jul 2026.");
    expect(projectStatus(at("2026-11-26", { completedOn: plan("2026-07") })).reason).toBe("Completion was recorded in Jul 2026.");
    expect(projectStatus(at("2026-11-26", figure(100, "2026-08"))).reason).toBe(
      "The latest figure (observed Aug 2026) puts progress at 100%.",
    );
    expect(projectStatus(at("2026-01-01", { baseline: null, current: null, constructionStart: null })).reason).toBe(
      "There is no plan of record and no construction start.",
    );
    expect(projectStatus(at("2025-12-01")).reason).toBe(
      "No whole-project figure has been reported, and today is past halfway from construction start to the earliest planned completion.",
    );
    expect(projectStatus(at("2025-06-01")).reason).toMatch(/^The plan puts today at [\d.]+–[\d.]+%; no whole-project figure is due before halfway/);
    expect(projectStatus(at("2026-01-01", figure(50, "2025-12-20"))).reason).toBe(
      "The latest figure (observed 20 Dec 2025) puts progress at 50% against the 50.6–74.8% planned for today.",
    );
  });

  it("reports the band and gap against the plan, and nothing without one", () => {
    const result = projectStatus(at("2026-01-01", figure(50, "2025-12-20")));
    expect(result).toMatchObject({ plannedToday: { low: 50.6, mid: 61.3, high: 74.8 }, gap: { low: -24.8, high: -0.6 } });
    expect(projectStatus(at("2026-01-01", { baseline: null, current: null }))).toMatchObject({
      againstBaseline: null,
      againstCurrent: null,
      plannedToday: null,
      gap: null,
      latestPercent: null,
      evidenceAgeDays: null,
      figureAgeDays: null,
    });
  });

  it("never writes a month-precise observation as a day", () => {
    const anyMonth = fc.record({ y: fc.integer({ min: 2025, max: 2027 }), m: fc.integer({ min: 1, max: 12 }) })
      .map(({ y, m }) => `${y}-${String(m).padStart(2, "0")}`);
    const anyToday = fc.date({ min: new Date("2025-05-01"), max: new Date("2028-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(anyToday, anyMonth, anyMonth, fc.integer({ min: 0, max: 100 }), (today, seen, noted, percent) => {
        const input = at(today, { ...moved("mid-2026", "2026-10/2026-12"), ...figure(percent, seen), ...note(noted) });
        expect(projectStatus(input).reason).not.toMatch(/\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/);
      }),
    );
    expect(projectStatus(at("2026-01-10", figure(80, "2025-11"))).reason).toContain("observed Nov 2025");
  });
});

describe("projectStatus against a moved plan", () => {
  it("keeps the original plan's verdict in the headline sentence", () => {
    const result = projectStatus(at("2026-09-15", { ...moved("mid-2026", "Q4 2026"), ...figure(92, "2026-09-01") }));
    expect(result).toMatchObject({ status: "on_track", label: "On track", planMoved: true });
    expect(result.againstBaseline).toMatchObject({ status: "overdue", label: "Overdue", plannedToday: { low: 100 } });
    expect(result.againstCurrent).toMatchObject({ status: "on_track", plannedToday: { low: 91.8 } });
    expect(result.plannedToday).toEqual(result.againstCurrent?.plannedToday);
    expect(result.reason).toBe(
      "Overdue against the original plan (mid-2026); on track against the current claim (Q4 2026). " +
        "The latest figure (observed 1 Sep 2026) puts progress at 92% against the 91.8–99.7% planned for today.",
    );
  });

  it("does not let a later forecast soften a figure far below plan", () => {
    const result = projectStatus(at("2026-09-15", { ...moved("mid-2026", "Q4 2026"), ...figure(0, START) }));
    expect(result).toMatchObject({ status: "far_behind", againstBaseline: { label: "Overdue / unconfirmed" } });
    expect(result.reason).toMatch(/^Overdue against the original plan \(mid-2026\); far behind the current claim \(Q4 2026\)\. /);
  });

  it("says within, not on track, when no figure is due yet", () => {
    const result = projectStatus(at("2025-09-01", moved("2025-06", "2030")));
    expect(result.reason).toMatch(/^Overdue against the original plan \(Jun 2025\); within the current claim \(2030\)\. The plan puts today at /);
  });

  it("names both plans once when they agree", () => {
    expect(projectStatus(at("2027-02-01", moved("mid-2026", "Q4 2026"))).reason).toBe(
      "Overdue against both the original plan (mid-2026) and the current claim (Q4 2026). " +
        "Planned completion Q4 2026 (Oct – Dec 2026) has passed; no completion has been reported, " +
        "and no figure observed surely after it shows the work unfinished.",
    );
  });

  it("gives one verdict when the plan does not depend on the claim or did not move", () => {
    const done = projectStatus(at("2026-11-26", { ...moved("mid-2026", "Q4 2026"), completedOn: plan("2026-11") }));
    expect(done).toMatchObject({ status: "complete", planMoved: true, reason: "Completion was recorded in Nov 2026." });
    const noStart = projectStatus(at("2026-11-26", { ...moved("mid-2026", "Q4 2026"), constructionStart: null }));
    expect(noStart.reason).toBe("There is no construction start.");
    const reworded = projectStatus(at("2026-11-26", moved("mid-2026", "2026-05/2026-08")));
    expect(reworded).toMatchObject({ planMoved: false });
    expect(reworded.reason).toMatch(/^Planned completion 2026-05\/2026-08 \(May – Aug 2026\) has passed/);
  });
});

describe("STATUS_RULES", () => {
  it("lists every status once, in evaluation order, with the thresholds spelled out", () => {
    expect(STATUS_RULES.map((r) => r.status)).toEqual([
      "complete", "no_data", "overdue", "far_behind", "behind", "unconfirmed", "on_track",
    ]);
    const rule = (s: ProjectStatus) => STATUS_RULES.find((r) => r.status === s)?.rule ?? "";
    expect(rule("far_behind")).toContain(`${FAR_BEHIND_THRESHOLD_POINTS} points`);
    expect(rule("behind")).toContain(`${BEHIND_THRESHOLD_POINTS} points`);
    expect(rule("unconfirmed")).toContain(`${STALE_EVIDENCE_DAYS} days`);
    expect(rule("unconfirmed")).toContain("qualitative");
  });

  it("says both plans are judged and which one the headline follows", () => {
    const text = STATUS_RULES.map((r) => r.rule).join(" ");
    expect(text).toContain("against the original plan (the first plan of record) and against the current claim");
    expect(text).toContain("The headline status follows the current claim; the verdict against the original plan is always shown");
  });
});
