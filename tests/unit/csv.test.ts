/*
 * The project's tables as CSV: RFC 4180 fields, formulas defused, fuzzy dates as wording plus
 * their window, sources by outlet and carrier, vocabularies in words beside their codes.
 */
import { describe, expect, it } from "vitest";
import type { CsvInput } from "@/db/exports/csv-tables";
import { CSV_TABLES, csvHeaders, isCsvTable, tableCsv } from "@/db/exports/csv-tables";
import { csvField, toCsv } from "@/db/exports/csv";
import { parseCsvRecords, parseCsvRows } from "../support/csv";

const fuzzy = (earliest: string, latest = earliest, text = earliest) => ({ earliest, latest, text });

const parse = parseCsvRows;
const records = parseCsvRecords;

const LISTS: CsvInput = {
  sources: [
    { id: "s1", outlet: "Example Wire", title: "Works begin", url: "https://example.test/a", published: fuzzy("2025-04-30"), kind: "state_media", viaSourceId: "s2", version: 1 },
    { id: "s2", outlet: "Example Gazette", title: 'The "bridge", again', url: null, published: fuzzy("2025-05-01", "2025-05-31", "2025-05"), kind: "independent_media", viaSourceId: null, version: 1 },
  ],
  milestones: [
    {
      id: "m1", kind: "structural", label: "spans joined", title: "Spans joined", planned: fuzzy("2026-05-01", "2026-08-31", "mid-2026"),
      actual: null, status: "pending", sourceIds: ["s1", "s2"], slippage: null, version: 1,
    },
  ],
  forecasts: [
    {
      id: "f1", completion: null, derivedFrom: "m1", duration: "P18M", claimed: fuzzy("2025-01-01", "2025-12-31", "2025"), sourceId: "s2",
      accepted: true, note: null, window: fuzzy("2027-11-01", "2028-02-29", "2027-11/2028-02"), arithmetic: "Spans joined + 18 months", version: 1,
    },
  ],
  reports: [
    {
      id: "r1", observed: fuzzy("2025-10-01", "2025-10-31", "2025-10"), published: null, percent: null, measured: { done: 90, total: 300, unit: "m" },
      scope: "main span", summary: "=HYPERLINK(\"http://evil.test\")", sourceId: "s1", evidenceKind: "analysis", confidence: "medium",
      figure: 30, arithmetic: "90 m of 300 m = 30%", recordedBy: null, recordedAt: "2025-11-01T00:00:00.000Z", version: 1,
    },
  ],
  events: [
    { id: "e1", date: fuzzy("2024-06-19"), title: "Visit, and a treaty", summary: "Line one\nline two", category: "diplomatic", parties: ["Northland", "Southland"], sourceId: "s2", version: 1 },
  ],
  facts: [
    { id: "x1", attribute: "cost", value: { low: 1.1, high: 1.3 }, unit: "billion USD", qualifier: "-estimate", asOf: null, sourceId: "s1", version: 1 },
  ],
};

describe("a CSV field", () => {
  it("is quoted when it holds a comma, a quote or a line break, its quotes doubled", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("one\ntwo")).toBe('"one\ntwo"');
    expect(csvField("one\r\ntwo")).toBe('"one\r\ntwo"');
  });

  it("starting with = + - @ tab or carriage return is written after an apostrophe, so no spreadsheet runs it", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(csvField(`${start}1+1`).startsWith(`'${start}`) || csvField(`${start}1+1`).startsWith(`"'${start}`)).toBe(true);
    expect(csvField("=1,2")).toBe(`"'=1,2"`);
    expect(csvField("a=b")).toBe("a=b");
  });

  it("writes numbers as numbers (negative ones too), booleans as yes or no, and null as nothing", () => {
    expect(csvField(-12)).toBe("-12");
    expect(csvField(1.5)).toBe("1.5");
    expect(csvField(true)).toBe("yes");
    expect(csvField(false)).toBe("no");
    expect(csvField(null)).toBe("");
  });

  it("makes a document of a header row and one CRLF-ended line per row", () => {
    expect(toCsv([{ header: "a", value: (r: number) => r }, { header: "b", value: () => "x,y" }], [1, 2])).toBe('a,b\r\n1,"x,y"\r\n2,"x,y"\r\n');
  });
});

describe("the project's tables", () => {
  it("are the six lists; others are not tables", () => {
    expect(CSV_TABLES).toEqual(["sources", "milestones", "forecasts", "reports", "events", "facts"]);
    expect(isCsvTable("reports")).toBe(true);
    expect(isCsvTable("users")).toBe(false);
    expect(isCsvTable("constructor")).toBe(false);
  });

  it("have a header row even when empty", () => {
    const empty: CsvInput = { sources: [], milestones: [], forecasts: [], reports: [], events: [], facts: [] };
    for (const table of CSV_TABLES) expect(parse(tableCsv(empty, table))).toEqual([csvHeaders(table)]);
  });

  it("sources: the published wording with its window, the kind in words and as a code, the carrier", () => {
    const [wire, gazette] = records(tableCsv(LISTS, "sources"));
    expect(wire).toMatchObject({ outlet: "Example Wire", published: "2025-04-30", published_earliest: "2025-04-30", published_latest: "2025-04-30", kind: "State media", kind_code: "state_media", via: "Example Gazette", via_id: "s2" });
    expect(gazette).toMatchObject({ title: 'The "bridge", again', url: "", published: "2025-05", published_earliest: "2025-05-01", published_latest: "2025-05-31", via: "" });
  });

  it("milestones: planned and actual as wording and window, the stage, every source joined by “; ”", () => {
    expect(records(tableCsv(LISTS, "milestones"))).toEqual([
      expect.objectContaining({
        kind: "Structural stage", kind_code: "structural", stage: "spans joined", planned: "mid-2026", planned_earliest: "2026-05-01", planned_latest: "2026-08-31",
        actual: "", actual_earliest: "", status: "Pending", status_code: "pending", slippage_min_days: "", sources: "Example Wire via Example Gazette; Example Gazette",
      }),
    ]);
  });

  it("forecasts: a derived window with its arithmetic, the milestone it counts from, the claim's window and the source", () => {
    expect(records(tableCsv(LISTS, "forecasts"))[0]).toMatchObject({
      completion: "", derived_from: "Spans joined", duration: "P18M", window_earliest: "2027-11-01", window_latest: "2028-02-29",
      arithmetic: "Spans joined + 18 months", claimed: "2025", claimed_earliest: "2025-01-01", claimed_latest: "2025-12-31", accepted: "yes",
      source: "Example Gazette", source_via: "",
    });
  });

  it("reports: the measurement, the derived figure with its arithmetic, the scope, the source and its carrier; a formula defused", () => {
    expect(records(tableCsv(LISTS, "reports"))[0]).toMatchObject({
      observed: "2025-10", observed_earliest: "2025-10-01", observed_latest: "2025-10-31", published: "", scope: "main span", percent_reported: "",
      measured_done: "90", measured_total: "300", measured_unit: "m", figure_percent: "30", arithmetic: "90 m of 300 m = 30%",
      summary: `'=HYPERLINK("http://evil.test")`, evidence: "Analysis (research, think tank)", evidence_code: "analysis", confidence: "Medium",
      source: "Example Wire", source_title: "Works begin", source_via: "Example Gazette",
    });
    expect(csvHeaders("reports")).not.toContain("recorded_by");
  });

  it("events and facts: a summary across lines, parties joined, a range's ends; a leading minus in text defused", () => {
    expect(records(tableCsv(LISTS, "events"))[0]).toMatchObject({ date: "2024-06-19", summary: "Line one\nline two", category: "Diplomatic", category_code: "diplomatic", parties: "Northland; Southland" });
    expect(records(tableCsv(LISTS, "facts"))[0]).toMatchObject({ attribute: "cost", value_low: "1.1", value_high: "1.3", unit: "billion USD", qualifier: "'-estimate", as_of: "", source_via: "Example Gazette" });
  });
});
