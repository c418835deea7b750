import { describe, expect, it } from "vitest";
import { analyze } from "@/db/dashboard/analysis";
import type { DashboardData, DashboardLists } from "@/db/dashboard-data";
import { PUBLIC_DASHBOARD_ALLOWLIST, toPublicDashboard } from "@/db/share/public-dashboard";

const EDITOR_EMAIL = "editor.secret@bridgewatch.test";
const EDITOR_ID = "user_7f3a9c2e_private";
const fuzzy = (earliest: string, latest = earliest, text = earliest) => ({ earliest, latest, text });

/*
 * A workspace dashboard with every field filled, editor identities where the workspace has
 * them, and fields that DashboardData does not declare, as a careless change might add them.
 */
function workspaceDashboard(): DashboardData {
  const report = {
    id: "r1",
    observed: fuzzy("2025-04-30"),
    published: fuzzy("2025-04-30"),
    percent: 0,
    measured: null,
    scope: null,
    summary: "Construction begun",
    sourceId: "s1",
    evidenceKind: "state_media",
    confidence: "medium",
    figure: 0,
    arithmetic: null,
    recordedBy: EDITOR_EMAIL,
    recordedAt: "2025-05-01T10:00:00.000Z",
    version: 3,
    recordedById: EDITOR_ID,
  };
  const part = {
    ...report,
    id: "r2",
    observed: fuzzy("2025-10-01", "2025-10-31", "2025-10"),
    percent: null,
    measured: { done: 90, total: 300, unit: "m", measuredBy: EDITOR_ID },
    scope: "main span",
    figure: 30,
    arithmetic: "90 m of 300 m = 30%",
  };
  const forecast = {
    id: "f1", completion: fuzzy("2026-05-01", "2026-08-31", "mid-2026"), derivedFrom: null, duration: null, claimed: fuzzy("2025-04-30"),
    sourceId: "s2", accepted: true, note: null, window: fuzzy("2026-05-01", "2026-08-31", "mid-2026"), arithmetic: null, version: 1, createdBy: EDITOR_ID,
  };
  const lists = {
    milestones: [
      {
        id: "m1", kind: "construction_start", label: null, title: "Construction start", planned: fuzzy("2025-04-30"), actual: fuzzy("2025-04-30"),
        status: "complete", sourceIds: ["s1"], slippage: { minDays: 0, maxDays: 0 }, version: 1, updatedBy: EDITOR_EMAIL,
      },
    ],
    forecasts: [forecast],
    reports: [report, part],
    events: [
      { id: "e1", date: fuzzy("2024-06-19"), title: "Putin visits Pyongyang", summary: "Partnership signed.", category: "diplomatic", parties: ["Russia"], sourceId: "s3", version: 1, projectIds: ["p1", "p-other"] },
    ],
    sources: [
      { id: "s1", outlet: "KCNA", title: "Report", url: "https://kcna.example/1", published: fuzzy("2025-04-30"), kind: "state_media", viaSourceId: null, version: 1, addedBy: EDITOR_EMAIL },
    ],
    facts: [
      { id: "x1", attribute: "length", value: { low: 1, high: 1 }, unit: "km", qualifier: null, asOf: null, sourceId: "s1", version: 1, enteredBy: EDITOR_EMAIL },
      { id: "x2", attribute: "Length", value: { low: 1.2, high: 1.2 }, unit: "km", qualifier: null, asOf: fuzzy("2025-01-01", "2025-12-31", "2025"), sourceId: "s1", version: 1 },
    ],
  } as unknown as DashboardLists;
  const analysis = analyze(lists, "2026-11-26");
  const data = {
    project: {
      id: "p1", slug: "tumen-road-bridge", name: "Tumen River road bridge", summary: "A bridge.", location: "Tumen river",
      parties: ["North Korea", "Russia"], updatedAt: "2025-05-01T10:00:00.000Z", version: 2, ownerEmail: EDITOR_EMAIL,
    },
    today: "2026-11-26",
    ...analysis,
    status: { ...analysis.status, decidedBy: EDITOR_EMAIL },
    recentChanges: [
      { id: 1, at: "2025-05-01T10:00:00.000Z", actor: EDITOR_EMAIL, action: "create", entity: "progress_report", entityId: "r1", before: null, after: { recordedBy: EDITOR_ID } },
    ],
    view: { asOf: "2025-06-01", mode: "published" },
    otherProjects: [{ slug: "secret-project" }],
  };
  return data as unknown as DashboardData;
}

/** Every object key in the JSON with its position: "" top level, "a.b", "[]" for array elements. */
function keysByPosition(value: unknown, at = ""): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item) => keysByPosition(item, `${at}[]`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => [
    [at, key] as [string, string],
    ...keysByPosition(child, at === "" ? key : `${at}.${key}`),
  ]);
}

describe("toPublicDashboard", () => {
  const payload = JSON.stringify(toPublicDashboard(workspaceDashboard()));
  const parsed = JSON.parse(payload) as DashboardData;

  it("sends only allowlisted fields, at every level of the payload", () => {
    const outside = keysByPosition(parsed).filter(([at, key]) => !PUBLIC_DASHBOARD_ALLOWLIST[at]?.includes(key));
    expect(outside).toEqual([]);
  });

  it("names no editor: no emails, no user ids, no recorder, no recent changes", () => {
    expect(payload).not.toContain(EDITOR_EMAIL);
    expect(payload).not.toContain(EDITOR_ID);
    expect(payload).not.toMatch(/[^\s"@]+@[^\s"@]+\.[a-z]+/i);
    expect(parsed.recentChanges).toEqual([]);
    expect(parsed.reports.map((r) => r.recordedBy)).toEqual([null, null]);
    expect(parsed.latestFigure?.recordedBy).toBeNull();
    expect(parsed.latestEvidence?.recordedBy).toBeNull();
    expect(parsed.parts[0]?.latest.recordedBy).toBeNull();
    for (const forbidden of ["recordedById", "ownerEmail", "createdBy", "updatedBy", "addedBy", "decidedBy", "measuredBy", "enteredBy", "actor", "email"]) {
      expect(payload).not.toContain(`"${forbidden}"`);
    }
  });

  it("carries nothing of other projects", () => {
    expect(payload).not.toContain("secret-project");
    expect(payload).not.toContain("p-other");
  });

  it("keeps everything the shared view shows", () => {
    const source = workspaceDashboard();
    expect(parsed.project.name).toBe(source.project.name);
    expect(parsed.status).toEqual({ ...source.status, decidedBy: undefined });
    expect(parsed.milestones[0]?.slippage).toEqual({ minDays: 0, maxDays: 0 });
    expect(parsed.events[0]?.title).toBe("Putin visits Pyongyang");
    expect(parsed.sources[0]?.outlet).toBe("KCNA");
    expect(parsed.planned.baseline?.series).toEqual(source.planned.baseline?.series);
    expect(parsed.plans.baseline?.window?.text).toBe("mid-2026");
    expect(parsed.parts[0]).toMatchObject({ scope: "main span", latest: { figure: 30, arithmetic: "90 m of 300 m = 30%", measured: { done: 90, total: 300, unit: "m" } } });
    expect(parsed.factGroups[0]).toMatchObject({ attribute: "length", conflicting: ["x1", "x2"] });
    expect(parsed.facts).toHaveLength(2);
    expect(parsed.view).toEqual({ asOf: "2025-06-01", mode: "published" });
  });

  it("copies rather than shares: changing the result leaves the source alone", () => {
    const source = workspaceDashboard();
    const shared = toPublicDashboard(source);
    shared.project.parties.push("Someone");
    shared.milestones[0]!.sourceIds.push("s9");
    expect(source.project.parties).toEqual(["North Korea", "Russia"]);
    expect(source.milestones[0]!.sourceIds).toEqual(["s1"]);
  });
});
