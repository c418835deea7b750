/* An audit entry in words: what a reader of Recent changes, a record's history and the feed sees. */
import { describe, expect, it } from "vitest";
import { ENTITY_WORDS } from "@/db/changes/change-fields";
import { describeChange } from "@/db/changes/change-words";
import type { ChangeData } from "@/db/dashboard-data";
import { RECORD_TYPES } from "@/db/records";

const SOURCE = "5a0c2a5e-7d57-4c3e-8f43-2f8c3b0b6b9e";
const OTHER_SOURCE = "6b1d3b6f-8e68-4d4f-9a54-3a9d4c1c7caf";
const MILESTONE = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const names = { sourceNames: { [SOURCE]: "Example Wire", [OTHER_SOURCE]: "Synthetic Daily" }, milestoneNames: { [MILESTONE]: "Construction start" } };

const change = (entity: string, action: string, before: unknown, after: unknown): ChangeData => ({
  id: 1, at: "2026-11-02T10:00:00.000Z", actor: "editor@bridgewatch.test", action, entity, entityId: "row-id", before, after,
});

/* Rows as the audit trail keeps them: the DB row as JSON. */
const report = {
  id: "0b6f8a52-6f0e-4b8c-9c55-3d1f6a0e2c11", projectId: "p", version: 2,
  observedEarliest: "2026-10-01", observedLatest: "2026-10-31", observedText: "2026-10",
  publishedEarliest: null, publishedLatest: null, publishedText: null,
  percentComplete: null, measuredDone: 90, measuredTotal: 300, measuredUnit: "m", scope: "main span",
  summary: "Deck pieces seen on satellite images.", sourceId: SOURCE, evidenceKind: "satellite_imagery", confidence: "medium",
  recordedBy: "user-1", recordedByLabel: "editor@bridgewatch.test", recordedAt: "2026-11-01T09:00:00.000Z", updatedAt: "2026-11-01T09:00:00.000Z",
};
const source = {
  id: SOURCE, projectId: "p", outlet: "Example Wire", title: "Bridge spans joined", url: "https://example.test/a",
  publishedEarliest: "2026-05-01", publishedLatest: "2026-08-31", publishedText: "mid-2026", kind: "independent_media",
  viaSourceId: null, createdAt: "x", updatedAt: "x", version: 1,
};
const milestone = {
  id: MILESTONE, projectId: "p", kind: "structural", label: "spans joined", title: "Spans joined",
  plannedEarliest: "2026-07-01", plannedLatest: "2026-09-30", plannedText: "Q3 2026",
  actualEarliest: null, actualLatest: null, actualText: null, status: "pending", sourceIds: [SOURCE, OTHER_SOURCE], version: 1,
};
const forecast = {
  id: "f", projectId: "p", windowEarliest: null, windowLatest: null, windowText: null,
  derivedFromMilestoneId: MILESTONE, derivedDuration: "P18M", claimedEarliest: "2025-04-30", claimedLatest: "2025-04-30", claimedText: "2025-04-30",
  sourceId: SOURCE, accepted: true, note: null, version: 1,
};

describe("describeChange", () => {
  it("names an added progress report by its figure and part, every field it holds in words", () => {
    const words = describeChange(change("progress_report", "create", null, report), names);
    expect(words.title).toBe("Progress report added: “90 m of 300 m, main span”");
    expect(words.fields).toEqual([
      { label: "Observed on", before: null, after: "Oct 2026" },
      { label: "Part measured", before: null, after: "main span" },
      { label: "Measured: done", before: null, after: "90" },
      { label: "Measured: of total", before: null, after: "300" },
      { label: "Measured: unit", before: null, after: "m" },
      { label: "Source", before: null, after: "Example Wire" },
      { label: "Evidence", before: null, after: "Satellite imagery" },
      { label: "Confidence", before: null, after: "Medium" },
      { label: "Summary", before: null, after: "Deck pieces seen on satellite images." },
    ]);
  });

  it("lists only what a correction changed, each before → after, and nothing of the bookkeeping", () => {
    const after = { ...source, title: "Bridge spans joined, corrected", kind: "satellite_imagery", publishedText: "Q3 2026", version: 2, updatedAt: "y" };
    const words = describeChange(change("source", "update", source, after), names);
    expect(words.title).toBe("Source corrected: “Example Wire”");
    expect(words.fields).toEqual([
      { label: "Title", before: "Bridge spans joined", after: "Bridge spans joined, corrected" },
      { label: "Kind", before: "Independent media", after: "Satellite imagery" },
      { label: "Published", before: "mid-2026", after: "Q3 2026" },
    ]);
  });

  it("shows an emptied field as a dash, not as nothing", () => {
    const words = describeChange(change("source", "update", source, { ...source, url: null }), names);
    expect(words.fields).toEqual([{ label: "Link", before: "https://example.test/a", after: "—" }]);
  });

  it("names a deleted milestone and the sources it rested on, never their ids", () => {
    const words = describeChange(change("milestone", "delete", milestone, null), names);
    expect(words.title).toBe("Milestone deleted: “Spans joined”");
    expect(words.fields).toContainEqual({ label: "Kind", before: "Structural stage", after: null });
    expect(words.fields).toContainEqual({ label: "Source", before: "Example Wire, Synthetic Daily", after: null });
    expect(JSON.stringify(words)).not.toContain(SOURCE);
    expect(JSON.stringify(words)).not.toContain(MILESTONE);
  });

  it("says a cited source it does not know is not listed, without its id", () => {
    const words = describeChange(change("progress_report", "delete", report, null));
    expect(words.fields).toContainEqual({ label: "Source", before: "a source not listed here", after: null });
    expect(JSON.stringify(words)).not.toContain(SOURCE);
  });

  it("reads a derived forecast as its duration after the milestone, by name", () => {
    const words = describeChange(change("completion_forecast", "create", null, forecast), names);
    expect(words.title).toBe("Completion forecast added: “completion 18 months after Construction start”");
    expect(words.fields).toContainEqual({ label: "Or: counted from milestone", before: null, after: "Construction start" });
    expect(words.fields).toContainEqual({ label: "Claimed on", before: null, after: "30 Apr 2025" });
    expect(words.fields).toContainEqual({ label: "Accepted", before: null, after: "Yes" });
  });

  it("names a restored project fact by its attribute and value", () => {
    const fact = { id: "x", attribute: "length", valueLow: 1.1, valueHigh: 1.3, unit: "km", qualifier: null, asOfEarliest: null, asOfLatest: null, asOfText: null, sourceId: SOURCE };
    const words = describeChange(change("project_fact", "restore", null, fact), names);
    expect(words.title).toBe("Project fact restored: “length: 1.1–1.3 km”");
    expect(words.fields).toContainEqual({ label: "Value", before: null, after: "1.1 to 1.3" });
  });

  it("reads an entry of a kind it has no table for by its entity and name alone", () => {
    expect(describeChange(change("widget_part", "create", null, { id: "x", name: "Spare" }))).toEqual({ title: "Widget part added: “Spare”", fields: [] });
  });
});

describe("the field labels", () => {
  it("are those of each record type's form", () => {
    for (const definition of Object.values(RECORD_TYPES)) {
      const formLabels = definition.form.map((f) => f.label);
      const words = ENTITY_WORDS[definition.entity];
      expect(words, definition.entity).toBeDefined();
      for (const { label } of words!.fields) expect(formLabels, `${definition.entity}: ${label}`).toContain(label);
    }
  });
});
