import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregatedMarks } from "@/components/dashboard/chart-marks";
import { aggregationWords } from "@/components/dashboard/chart-legend";
import { indexSources } from "@/components/dashboard/source-index";
import type { JudgedReport, ReportGaps } from "@/components/dashboard/report-gaps";
import { aggregateChart } from "@/db/dashboard/chart-columns";
import type { EventData, ProgressReportData, SourceData } from "@/db/dashboard-data";
import { dayNumber, fromDayNumber } from "@/db/domain/calendar-day";

const START = dayNumber("2016-01-01");

function report(i: number, day: number, length: number, figure: number | null, scope: string | null = null): ProgressReportData {
  const earliest = fromDayNumber(START + day);
  return {
    id: `r${i}`,
    version: 1,
    observed: { earliest, latest: fromDayNumber(START + day + length), text: earliest },
    published: null,
    percent: figure,
    measured: null,
    scope,
    summary: "synthetic",
    sourceId: "s1",
    evidenceKind: i % 2 === 0 ? "satellite_imagery" : "state_media",
    confidence: (["low", "medium", "high"] as const)[i % 3]!,
    figure,
    arithmetic: null,
    recordedBy: null,
    recordedAt: "2026-01-01T00:00:00.000Z",
  };
}

function event(i: number, day: number): EventData {
  const iso = fromDayNumber(START + day);
  return { id: `e${i}`, version: 1, date: { earliest: iso, latest: iso, text: iso }, title: `e${i}`, summary: "", category: "diplomatic", parties: [], sourceId: "s1" };
}

const reportsArb = fc.array(
  fc.record({ day: fc.integer({ min: 0, max: 3650 }), length: fc.integer({ min: 0, max: 365 }), figure: fc.option(fc.integer({ min: 0, max: 100 })), part: fc.boolean() }),
  { maxLength: 400 },
);

describe("aggregateChart", () => {
  it("draws at most one mark per column per series, and every record is counted in exactly one", () => {
    fc.assert(
      fc.property(reportsArb, fc.integer({ min: 1, max: 300 }), (specs, columns) => {
        const reports = specs.map((s, i) => report(i, s.day, s.length, s.figure, s.part ? "main span" : null));
        const events = specs.map((s, i) => event(i, s.day));
        const chart = aggregateChart({ reports, events, today: "2026-12-02" }, columns);
        for (const series of [chart.figures, chart.evidence, chart.events]) {
          const used = series.marks.map((m) => m.column);
          expect(new Set(used).size).toBe(used.length);
          expect(used.every((c) => c >= 0 && c < columns)).toBe(true);
          expect(series.marks.reduce((n, m) => n + m.count, 0)).toBe(series.total);
        }
        expect(chart.figures.total + chart.evidence.total).toBe(reports.length);
      }),
    );
  });

  it("keeps outliers: a column's mark spans its lowest to its highest figure, and every day its reports can mean", () => {
    const reports = [report(0, 10, 0, 40), report(1, 10, 30, 42), report(2, 11, 0, 95), report(3, 11, 0, 41), report(4, 3000, 0, 60)];
    const chart = aggregateChart({ reports, events: [], today: "2026-12-02" }, 100);
    const first = chart.figures.marks[0]!;
    expect(first).toMatchObject({ count: 4, low: 40, high: 95, median: 41.5, x1: START + 10, x2: START + 40 });
    expect(first.confidence).toBe("low");
    expect(chart.figures.marks).toHaveLength(2);
  });

  it("never puts a part's figure or a qualitative report on the % axis", () => {
    const reports = [report(0, 5, 0, 30, "main span"), report(1, 5, 0, null), report(2, 5, 0, 50)];
    const chart = aggregateChart({ reports, events: [], today: "2026-12-02" });
    expect(chart.figures.total).toBe(1);
    expect(chart.evidence).toMatchObject({ total: 2, marks: [{ count: 2, scopes: ["main span"] }] });
  });
});

const SOURCES = indexSources([
  { id: "s1", outlet: "Synthetic Wire", title: "Synthetic story", url: null, published: { earliest: "2025-01-01", latest: "2025-01-01", text: "2025-01-01" }, kind: "state_media", viaSourceId: null, version: 1 } as SourceData,
]);
const noGaps = (): ReportGaps => ({ then: null, current: null });

describe("aggregated marks and their legend", () => {
  it("name a column of one record by its record: its source, its event's title, its gaps against the plans", () => {
    const judged: JudgedReport[] = [];
    const gap = { then: { label: "Original plan" }, current: null } as unknown as ReportGaps;
    const judge = (r: JudgedReport) => (judged.push(r), gap);
    const lone = [report(0, 0, 0, 40), ...Array.from({ length: 5 }, (_, i) => report(i + 1, 3000, 0, 60))];
    const chart = aggregateChart({ reports: lone, events: [event(0, 0), event(1, 3000), event(2, 3000)], today: "2026-12-02" }, 10);
    const { points, events } = aggregatedMarks(chart, SOURCES, judge);
    const [one, many] = [points.find((p) => p.aggregate!.count === 1)!, points.find((p) => p.aggregate!.count === 5)!];
    expect(one.outlet).toBe("Synthetic Wire");
    expect(one.gaps).toBe(gap);
    expect(judged).toHaveLength(1);
    expect(judged[0]).toMatchObject({ figure: 40, scope: null });
    expect(many.outlet).toBe("5 reports");
    expect(many.gaps).toEqual({ then: null, current: null });
    expect(events.map((e) => [e.title, e.outlet])).toEqual([
      ["e0", "Synthetic Wire"],
      ["2 events (aggregated)", "listed in the events timeline"],
    ]);
  });

  it("say they are aggregated, how many records each mark holds, and draw the range of figures", () => {
    const reports = Array.from({ length: 50 }, (_, i) => report(i, i % 5, 0, 10 + i));
    const chart = aggregateChart({ reports, events: [event(0, 1), event(1, 1)], today: "2026-12-02" }, 10);
    const { points, events } = aggregatedMarks(chart, SOURCES, noGaps);
    expect(points.every((p) => p.aggregate !== null)).toBe(true);
    expect(points[0]!.aggregate).toMatchObject({ count: 50, low: 10, high: 59 });
    expect(points[0]!.arithmetic).toBe("median of 50 reports; lowest 10%, highest 59%");
    expect(events[0]!.title).toBe("2 events (aggregated)");
    const [reportWords, eventWords] = aggregationWords({ columns: 10, reports: { records: 50, marks: points.length }, events: { records: 2, marks: 1 } });
    expect(reportWords).toMatch(/^Aggregated: 50 reports in 1 marks/);
    expect(reportWords).toMatch(/lowest to their highest figure/);
    expect(eventWords).toMatch(/^Aggregated: 2 events in 1 marks/);
  });
});
