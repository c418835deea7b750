/* The rules that join fields of a record, as the forms, the actions and the import all apply them. */
import { describe, expect, it } from "vitest";
import { RECORD_TYPES } from "@/db/records";

const SOURCE = "00000000-0000-4000-8000-000000000009";
const MILESTONE = "00000000-0000-4000-8000-000000000008";
const base = { projectSlug: "synthetic" };

function errorsOf(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
}

describe("completion forecast", () => {
  const schema = RECORD_TYPES.forecast.schemas.create;
  const claim = { ...base, claimed: "2025", sourceId: SOURCE };

  it("takes a claimed window, or a duration after a milestone", () => {
    expect(schema.parse({ ...claim, completion: "mid-2026" })).toMatchObject({ completion: { text: "mid-2026" }, derivedFrom: null, duration: null });
    expect(schema.parse({ ...claim, derivedFrom: MILESTONE, duration: "18 months" })).toMatchObject({ completion: null, duration: "P18M" });
    expect(schema.parse({ ...claim, derivedFrom: MILESTONE, duration: "P1Y6M" }).duration).toBe("P1Y6M");
  });

  it("keeps when the claim was made as vague as it was", () => {
    expect(schema.parse({ ...claim, completion: "2027" }).claimed).toEqual({ earliest: "2025-01-01", latest: "2025-12-31", text: "2025" });
  });

  it("refuses both ways at once, neither, and half a derivation, naming the field", () => {
    expect(errorsOf(schema, { ...claim, completion: "2027", derivedFrom: MILESTONE, duration: "P1Y" })).toEqual({
      completion: "Give either a completion date or a duration after a milestone, not both.",
    });
    expect(errorsOf(schema, claim)).toEqual({ completion: "Enter the claimed completion (e.g. mid-2026), or a duration after a milestone." });
    expect(errorsOf(schema, { ...claim, derivedFrom: MILESTONE })).toHaveProperty("duration");
    expect(errorsOf(schema, { ...claim, duration: "2 years" })).toHaveProperty("derivedFrom");
    expect(errorsOf(schema, { ...claim, derivedFrom: MILESTONE, duration: "soon" }).duration).toMatch(/^Cannot read "soon" as a duration\. Accepted forms: P18M/);
  });
});

describe("progress report", () => {
  const schema = RECORD_TYPES.progressReport.schemas.create;
  const report = { ...base, observed: "2025-10", summary: "Synthetic", sourceId: SOURCE, evidenceKind: "analysis", confidence: "medium" };
  const draft = (input: unknown, context: { id: string; version: number }) =>
    (RECORD_TYPES.progressReport.draft as (i: unknown, c: { id: string; version: number }) => unknown)(input, context);

  it("derives the percentage of a measurement and shows the arithmetic", () => {
    const input = schema.parse({ ...report, measuredDone: "90", measuredTotal: "300", measuredUnit: "m", scope: "main span" });
    expect(draft(input, { id: "x", version: 0 })).toMatchObject({
      percent: null,
      measured: { done: 90, total: 300, unit: "m" },
      scope: "main span",
      figure: 30,
      arithmetic: "90 m of 300 m = 30%",
    });
  });

  it("reads thousands separators, refuses a decimal comma", () => {
    expect(schema.parse({ ...report, measuredDone: "1,200.5", measuredTotal: "2 000", measuredUnit: "m" })).toMatchObject({ measuredDone: 1200.5, measuredTotal: 2000 });
    expect(errorsOf(schema, { ...report, measuredDone: "1,2", measuredTotal: "3", measuredUnit: "m" })).toHaveProperty("measuredDone");
  });

  it("refuses a percentage beside a measurement, half a measurement, more done than the total, and a zero total", () => {
    expect(errorsOf(schema, { ...report, percent: "30", measuredDone: "90", measuredTotal: "300", measuredUnit: "m" })).toHaveProperty("percent");
    expect(errorsOf(schema, { ...report, measuredDone: "90", measuredUnit: "m" })).toHaveProperty("measuredTotal");
    expect(errorsOf(schema, { ...report, measuredDone: "400", measuredTotal: "300", measuredUnit: "m" })).toEqual({ measuredDone: "What is done cannot exceed the total." });
    expect(errorsOf(schema, { ...report, measuredDone: "0", measuredTotal: "0", measuredUnit: "m" })).toEqual({ measuredTotal: "The total must be more than 0." });
  });

  it("is qualitative with neither, and keeps a vague publication date", () => {
    const input = schema.parse({ ...report, published: "2025-11" });
    expect(draft(input, { id: "x", version: 0 })).toMatchObject({ figure: null, arithmetic: null, published: { text: "2025-11", earliest: "2025-11-01" } });
  });
});

describe("project fact", () => {
  const schema = RECORD_TYPES.fact.schemas.create;
  const fact = { ...base, attribute: "length", unit: "km", sourceId: SOURCE };

  it.each([
    ["1.2", { low: 1.2, high: 1.2 }],
    ["1,200", { low: 1200, high: 1200 }],
    ["1.1 to 1.3", { low: 1.1, high: 1.3 }],
    ["1.1–1.3", { low: 1.1, high: 1.3 }],
    ["1.1 - 1.3", { low: 1.1, high: 1.3 }],
    [2, { low: 2, high: 2 }],
    [[1.1, 1.3], { low: 1.1, high: 1.3 }],
  ])("reads the value %j", (value, expected) => {
    expect(schema.parse({ ...fact, value }).value).toEqual(expected);
  });

  it.each([["about a kilometre"], ["1.3 to 1.1"], [""], [[1, 2, 3]], ["1,2"]])("refuses the value %j", (value) => {
    expect(errorsOf(schema, { ...fact, value })).toHaveProperty("value");
  });
});

describe("source", () => {
  it("may name the outlet that carried it, or none", () => {
    const schema = RECORD_TYPES.source.schemas.create;
    const source = { ...base, outlet: "Example Wire", title: "Synthetic", published: "2025-06", kind: "analysis" };
    expect(schema.parse(source).viaSourceId).toBeNull();
    expect(schema.parse({ ...source, viaSourceId: SOURCE }).viaSourceId).toBe(SOURCE);
    expect(errorsOf(schema, { ...source, viaSourceId: "KCNA" })).toHaveProperty("viaSourceId");
  });
});
