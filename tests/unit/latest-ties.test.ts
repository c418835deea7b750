import { describe, expect, it } from "vitest";
import { analyze, SHOWN_TIES } from "@/db/dashboard/analysis";
import type { DashboardLists, ProgressReportData } from "@/db/dashboard-data";
import { parseFuzzyDate } from "@/db/domain/fuzzy-date";

/*
 * The latest figure and the latest evidence are the last reports in the one order of vague
 * dates; a report whose observation cannot be told apart from theirs is said as a tie.
 */
let n = 0;
function report(observed: string, figure: number | null, scope: string | null = null): ProgressReportData {
  n += 1;
  return {
    id: `r${n}`,
    observed: parseFuzzyDate(observed),
    published: null,
    percent: figure,
    measured: null,
    scope,
    summary: `Synthetic report ${n}`,
    sourceId: "s1",
    evidenceKind: "satellite_imagery",
    confidence: "medium",
    figure,
    arithmetic: null,
    recordedBy: "seed",
    recordedAt: `2026-01-01T00:00:${String(n).padStart(2, "0")}.000Z`,
    version: 1,
  } as ProgressReportData;
}

const lists = (reports: ProgressReportData[]): DashboardLists => ({ milestones: [], forecasts: [], reports, events: [], sources: [], facts: [] });
const ties = (reports: ProgressReportData[]) => analyze(lists(reports), "2026-12-01").latestTies;

describe("reports tied with the latest", () => {
  it("names a figure observed '2025' beside one observed in November 2025: either may be the latest", () => {
    const year = report("2025", 60);
    const november = report("2025-11", 40);
    const result = analyze(lists([year, november]), "2026-12-01");
    // "2025" is surely observed by 31 Dec, "2025-11" by 30 Nov: the order puts "2025" last.
    expect(result.latestFigure?.id).toBe(year.id);
    expect(result.latestTies.figure).toEqual({ count: 1, shown: [november] });
    expect(result.latestTies.evidence).toEqual({ count: 1, shown: [november] });
  });

  it("names none when the dates tell the order", () => {
    expect(ties([report("2025-03", 10), report("2025-11", 40)])).toEqual({ figure: { count: 0, shown: [] }, evidence: { count: 0, shown: [] } });
  });

  it("counts a part's or a qualitative report for the evidence, never for the figure", () => {
    const figure = report("2025-11-20", 40);
    const part = report("2025-11", null, "main span");
    const result = analyze(lists([report("2025-01", 5), part, figure]), "2026-12-01");
    // The part, surely observed by 30 Nov, is the latest evidence; the figure of 20 Nov ties with it.
    expect(result.latestEvidence?.id).toBe(part.id);
    expect(result.latestTies.evidence).toEqual({ count: 1, shown: [figure] });
    expect(result.latestFigure?.id).toBe(figure.id);
    expect(result.latestTies.figure.count).toBe(0);
  });

  it(`shows the latest ${SHOWN_TIES} of many, newest first, and counts them all`, () => {
    const many = Array.from({ length: 6 }, (_, i) => report(`2025-0${i + 1}`, i));
    const last = report("2025", 50);
    const result = ties([...many, last]);
    expect(result.figure.count).toBe(6);
    expect(result.figure.shown.map((r) => r.id)).toEqual(many.slice(-SHOWN_TIES).reverse().map((r) => r.id));
  });
});
