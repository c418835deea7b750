/*
 * The "as of" view keeps what had surely been published by the day: a vague publication date
 * counts from its last day. Synthetic records only.
 */
import { describe, expect, it } from "vitest";
import { asOfSearch, parseAsOf, publishedBy } from "@/db/dashboard/as-of";
import type { DashboardLists, EventData, FactData, ForecastData, MilestoneData, ProgressReportData, SourceData } from "@/db/dashboard-data";
import { parseFuzzyDate } from "@/db/domain/fuzzy-date";

const d = parseFuzzyDate;

function source(id: string, published: string, viaSourceId: string | null = null): SourceData {
  return { id, outlet: `Outlet ${id}`, title: "Synthetic", url: null, published: d(published), kind: "independent_media", viaSourceId, version: 1 };
}
function forecast(id: string, claimed: string, sourceId: string): ForecastData {
  const window = d("mid-2027");
  return { id, completion: window, derivedFrom: null, duration: null, claimed: d(claimed), sourceId, accepted: true, note: null, window, arithmetic: null, version: 1 };
}
function report(id: string, observed: string, sourceId: string, published: string | null = null): ProgressReportData {
  return {
    id, observed: d(observed), published: published ? d(published) : null, percent: 10, measured: null, scope: null, summary: "Synthetic",
    sourceId, evidenceKind: "satellite_imagery", confidence: "medium", figure: 10, arithmetic: null, recordedBy: null, recordedAt: "2026-01-01T00:00:00.000Z", version: 1,
  };
}
function milestone(id: string, sourceIds: string[], actual: string | null): MilestoneData {
  return {
    id, kind: "construction_start", label: null, title: "Start", planned: d("2025-04"), actual: actual ? d(actual) : null,
    status: actual ? "complete" : "pending", sourceIds, slippage: actual ? { minDays: 0, maxDays: 0 } : null, version: 1,
  };
}
const event = (id: string, date: string, sourceId: string): EventData =>
  ({ id, date: d(date), title: "Synthetic", summary: "", category: "other", parties: [], sourceId, version: 1 });
const fact = (id: string, asOf: string | null, sourceId: string): FactData =>
  ({ id, attribute: "length", value: { low: 1, high: 1 }, unit: "km", qualifier: null, asOf: asOf ? d(asOf) : null, sourceId, version: 1 });

const lists = (over: Partial<DashboardLists>): DashboardLists => ({ milestones: [], forecasts: [], reports: [], events: [], sources: [], facts: [], ...over });
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe("publishedBy: a source counts from the last day its publication date can mean", () => {
  const sources = [source("year", "2025"), source("month", "2025-05"), source("day", "2025-05-14")];
  const at = (day: string) => ids(publishedBy(lists({ sources }), day).sources);

  it("knows an exact day from that day on, not the day before", () => {
    expect(at("2025-05-13")).toEqual([]);
    expect(at("2025-05-14")).toEqual(["day"]);
  });

  it("knows a month from its last day, not the day before", () => {
    expect(at("2025-05-30")).toEqual(["day"]);
    expect(at("2025-05-31")).toEqual(["month", "day"]);
  });

  it("knows a year only from 31 Dec, however early in the year it may have come out", () => {
    expect(at("2025-12-30")).toEqual(["month", "day"]);
    expect(at("2025-12-31")).toEqual(["year", "month", "day"]);
  });

  it("counts a carried source from the later of its own and its carrier's publication", () => {
    const carried = [source("carrier", "2025"), source("wire", "2025-03", "carrier")];
    expect(ids(publishedBy(lists({ sources: carried }), "2025-06-01").sources)).toEqual([]);
    expect(ids(publishedBy(lists({ sources: carried }), "2025-12-31").sources)).toEqual(["carrier", "wire"]);
  });
});

describe("publishedBy: each record by its source and its own dates", () => {
  const sources = [source("early", "2024-05-01"), source("late", "2026-02")];

  it("keeps a forecast only when its source is known and its claim was surely made", () => {
    const forecasts = [forecast("plan", "2024-05-01", "early"), forecast("moved", "2026-02", "late"), forecast("vague", "2025", "early")];
    expect(ids(publishedBy(lists({ sources, forecasts }), "2025-06-01").forecasts)).toEqual(["plan"]);
    expect(ids(publishedBy(lists({ sources, forecasts }), "2025-12-31").forecasts)).toEqual(["plan", "vague"]);
    expect(ids(publishedBy(lists({ sources, forecasts }), "2026-02-28").forecasts)).toEqual(["plan", "moved", "vague"]);
  });

  it("keeps a report whose observation had begun and whose own publication had surely come", () => {
    const reports = [
      report("seen", "2025-04", "early"),
      report("not-yet-observed", "2025-07", "early"),
      report("published-later", "2025-04", "early", "2025-06"),
      report("late-source", "2025-04", "late"),
    ];
    expect(ids(publishedBy(lists({ sources, reports }), "2025-06-01").reports)).toEqual(["seen"]);
    expect(ids(publishedBy(lists({ sources, reports }), "2025-07-01").reports)).toEqual(["seen", "not-yet-observed", "published-later"]);
  });

  it("treats a milestone whose actual date came later as not yet happened", () => {
    const milestones = [milestone("done", ["early"], "2024-06"), milestone("later", ["early"], "2025-09"), milestone("unsourced", ["late"], null)];
    const shown = publishedBy(lists({ sources, milestones }), "2025-06-01").milestones;
    expect(shown.map((m) => [m.id, m.actual?.text ?? null, m.status, m.slippage])).toEqual([
      ["done", "2024-06", "complete", { minDays: 0, maxDays: 0 }],
      ["later", null, "pending", null],
    ]);
  });

  it("cites only the sources known by then", () => {
    const milestones = [milestone("m", ["early", "late"], "2024-06")];
    expect(publishedBy(lists({ sources, milestones }), "2025-06-01").milestones[0]?.sourceIds).toEqual(["early"]);
  });

  it("keeps events and facts that had begun by the day, from known sources", () => {
    const events = [event("before", "2025", "early"), event("after", "2025-07", "early"), event("late-source", "2024", "late")];
    const facts = [fact("undated", null, "early"), fact("after", "2025-07", "early"), fact("late-source", null, "late")];
    const shown = publishedBy(lists({ sources, events, facts }), "2025-06-01");
    expect(ids(shown.events)).toEqual(["before"]);
    expect(ids(shown.facts)).toEqual(["undated"]);
  });
});

describe("parseAsOf", () => {
  const today = "2026-12-01";
  it("reads a real day up to today, in either mode", () => {
    expect(parseAsOf({ asOf: "2025-06-01" }, today)).toEqual({ ok: true, asOf: { day: "2025-06-01", mode: "published" } });
    expect(parseAsOf({ asOf: "2026-12-01", mode: "recorded" }, today)).toEqual({ ok: true, asOf: { day: "2026-12-01", mode: "recorded" } });
    expect(parseAsOf({}, today)).toEqual({ ok: true, asOf: null });
  });

  it("refuses what is not a calendar day between 1900 and today, and unknown modes", () => {
    for (const asOf of ["2025-02-30", "2025-6-1", "yesterday", "1899-12-31", "2026-12-02"]) {
      expect(parseAsOf({ asOf }, today).ok, asOf).toBe(false);
    }
    expect(parseAsOf({ asOf: "2025-06-01", mode: "guessed" }, today).ok).toBe(false);
    expect(parseAsOf({ mode: "recorded" }, today).ok).toBe(false);
  });

  it("writes the search string back", () => {
    expect(asOfSearch({ day: "2025-06-01", mode: "published" })).toBe("?asOf=2025-06-01");
    expect(asOfSearch({ day: "2025-06-01", mode: "recorded" })).toBe("?asOf=2025-06-01&mode=recorded");
    expect(asOfSearch(null)).toBe("");
  });
});
