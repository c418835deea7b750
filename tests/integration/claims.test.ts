/*
 * The record holds what real reporting says, without making it more certain: vague claim dates,
 * derived forecasts that follow their milestone, measured parts that never stand in for the
 * whole, carried sources, structural stages and conflicting facts. Synthetic data, never shown as real.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { createProject } from "@/db/mutations/projects";
import { RECORD_WRITES } from "@/db/mutations/records";
import { RuleError } from "@/db/mutations/errors";
import { getDashboard } from "@/db/queries/dashboard";
import { RECORD_TYPES, type RecordType } from "@/db/records";
import { projectSchema } from "@/db/records/project";
import { completionForecasts, type Project } from "@/db/schema";
import { backends, type TestDatabase } from "../support/test-db";

const SLUG = "synthetic-claims";
const today = "2026-12-01";

describe.each(backends)("claims, not facts, on $name", (backend) => {
  let t: TestDatabase;
  let db: Db;
  let project: Project;
  let other: Project;
  const actor = { id: null, email: "synthetic-editor@bridgewatch.test" } as never;
  const ids = {} as Record<"daily" | "wire" | "institute" | "otherSource" | "start" | "startVersion" | "derived", string>;

  async function add(type: RecordType, input: Record<string, unknown>, p: Project = project) {
    const parsed = RECORD_TYPES[type].schemas.create.parse({ projectSlug: p.slug, ...input });
    return (RECORD_WRITES[type].create as (db: Db, c: unknown) => Promise<{ id: string; version: number }>)(db, { project: p, actor, input: parsed });
  }
  async function update(type: RecordType, row: { id: string; version: number }, input: Record<string, unknown>) {
    const parsed = RECORD_TYPES[type].schemas.update.parse({ projectSlug: project.slug, id: row.id, version: row.version, ...input });
    return (RECORD_WRITES[type].update as (db: Db, c: unknown) => Promise<{ id: string; version: number }>)(db, { project, actor, input: parsed });
  }
  const refused = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as RuleError);
  const dashboard = async () => (await getDashboard(db, { slug: SLUG, today, audience: "workspace" }))!;

  beforeAll(async () => {
    t = await backend.open();
    db = t.db;
    const projectInput = (slug: string) =>
      projectSchema.parse({ slug, name: `Synthetic ${slug}`, summary: "Synthetic test project.", location: "Nowhere", parties: "A, B" });
    project = await createProject(db, { actor, input: projectInput(SLUG) });
    other = await createProject(db, { actor, input: projectInput(`${SLUG}-other`) });
    ids.daily = (await add("source", { outlet: "Example Daily", title: "Synthetic", published: "2025-06", kind: "independent_media" })).id;
    ids.wire = (await add("source", { outlet: "Example Wire", title: "Synthetic", published: "2025-06", kind: "state_media", viaSourceId: ids.daily })).id;
    ids.institute = (await add("source", { outlet: "Example Institute", title: "Synthetic", published: "2025-11", kind: "analysis" })).id;
    ids.otherSource = (await add("source", { outlet: "Elsewhere", title: "Synthetic", published: "2025", kind: "other" }, other)).id;
    const start = await add("milestone", { kind: "construction_start", title: "Start", planned: "", actual: "2025-04-30", status: "complete", sourceId: ids.wire });
    ids.start = start.id;
    ids.startVersion = String(start.version);
    await add("milestone", { kind: "completion", title: "Completion", planned: "mid-2026", actual: "", status: "pending", sourceId: ids.wire });
    await add("forecast", { completion: "mid-2026", claimed: "2025", sourceId: ids.wire, note: "First plan" });
    ids.derived = (await add("forecast", { derivedFrom: ids.start, duration: "18 months", claimed: "2026-01", sourceId: ids.daily, note: "Synthetic: eighteen months from the start" })).id;
    await add("progressReport", { observed: "2025-10", published: "2025-11", measuredDone: "90", measuredTotal: "300", measuredUnit: "m", scope: "main span", summary: "Synthetic measured part", sourceId: ids.institute, evidenceKind: "analysis", confidence: "medium" });
    await add("progressReport", { observed: "2025-11", summary: "Synthetic qualitative imagery", sourceId: ids.institute, evidenceKind: "satellite_imagery", confidence: "low" });
    await add("fact", { attribute: "length", value: "1", unit: "km", sourceId: ids.wire, asOf: "2025" });
    await add("fact", { attribute: "Length", value: "1,200", unit: "m", sourceId: ids.institute });
  });
  afterAll(() => t?.close());

  it("keeps vague claim dates vague and orders claims by them", async () => {
    const data = await dashboard();
    expect(data.forecasts.map((f) => [f.claimed.text, f.claimed.earliest, f.claimed.latest])).toEqual([
      ["2025", "2025-01-01", "2025-12-31"],
      ["2026-01", "2026-01-01", "2026-01-31"],
    ]);
    expect(data.plans.baseline?.completion?.text).toBe("mid-2026");
    expect(data.plans.current?.id).toBe(ids.derived);
    expect(data.plans).toMatchObject({ baselineTies: [], currentTies: [] });
  });

  it("derives a duration's window from the milestone's actual date, with its arithmetic", async () => {
    const derived = (await dashboard()).forecasts.find((f) => f.id === ids.derived)!;
    expect(derived).toMatchObject({ completion: null, duration: "P18M", window: { earliest: "2026-10-01", latest: "2026-10-31" } });
    expect(derived.arithmetic).toBe("Construction start 30 Apr 2025 + 18 months = Oct 2026");
  });

  it("recomputes the derived window when the milestone changes", async () => {
    const moved = await update("milestone", { id: ids.start, version: Number(ids.startVersion) }, { title: "Start", planned: "", actual: "2025-06", status: "complete", sourceId: ids.wire });
    ids.startVersion = String(moved.version);
    const derived = (await dashboard()).forecasts.find((f) => f.id === ids.derived)!;
    expect(derived.window).toMatchObject({ earliest: "2026-12-01", latest: "2026-12-31" });
    expect(derived.arithmetic).toBe("Construction start Jun 2025 + 18 months = Dec 2026");
  });

  it("refuses to delete a milestone that a derived forecast counts from", async () => {
    const error = await refused(
      RECORD_WRITES.milestone.delete(db, { project, actor, input: { projectSlug: SLUG, id: ids.start, version: Number(ids.startVersion) } }),
    );
    expect(error).toBeInstanceOf(RuleError);
    expect(error?.message).toMatch(/1 completion forecast counts from this milestone/);
  });

  it("refuses a derived forecast counting from another project's milestone", async () => {
    const [theirs] = await db.select().from(completionForecasts).where(eq(completionForecasts.projectId, other.id));
    expect(theirs).toBeUndefined();
    const otherStart = await add("milestone", { kind: "construction_start", title: "Their start", planned: "", actual: "2025", status: "complete", sourceId: ids.otherSource }, other);
    const error = await refused(add("forecast", { derivedFrom: otherStart.id, duration: "P1Y", claimed: "2025", sourceId: ids.wire }));
    expect(error).toBeInstanceOf(RuleError);
    expect((error as RuleError).fieldErrors).toEqual({ derivedFrom: ["Choose one of this project's milestones."] });
  });

  it("derives a measured part's percentage and never lets it stand in for the whole project", async () => {
    const data = await dashboard();
    expect(data.parts).toEqual([expect.objectContaining({ scope: "main span", latest: expect.objectContaining({ figure: 30, arithmetic: "90 m of 300 m = 30%" }) })]);
    expect(data.latestFigure).toBeNull();
    expect(data.status.latestPercent).toBeNull();
    expect(data.status.gap).toBeNull();
    // The latest evidence is the qualitative imagery, of any kind and scope.
    expect(data.latestEvidence?.summary).toBe("Synthetic qualitative imagery");
  });

  it("names both the wire and the newspaper that carried it, and refuses a source carried by itself or by another project's", async () => {
    const data = await dashboard();
    expect(data.sources.find((s) => s.id === ids.wire)?.viaSourceId).toBe(ids.daily);
    const self = await refused(update("source", { id: ids.daily, version: 1 }, { outlet: "Example Daily", title: "Synthetic", published: "2025-06", kind: "independent_media", viaSourceId: ids.daily }));
    expect((self as RuleError).fieldErrors).toEqual({ viaSourceId: ["Choose the outlet that carried it, or none."] });
    const loop = await refused(update("source", { id: ids.daily, version: 1 }, { outlet: "Example Daily", title: "Synthetic", published: "2025-06", kind: "independent_media", viaSourceId: ids.wire }));
    expect(loop?.message).toBe("These sources would carry each other in a loop.");
    const foreign = await refused(add("source", { outlet: "X", title: "Synthetic", published: "2025", kind: "other", viaSourceId: ids.otherSource }));
    expect((foreign as RuleError).fieldErrors).toEqual({ viaSourceId: ["Choose one of this project's sources."] });
    const cited = await refused(RECORD_WRITES.source.delete(db, { project, actor, input: { projectSlug: SLUG, id: ids.daily, version: 1 } }));
    expect(cited?.message).toMatch(/1 source it carried/);
  });

  it("groups facts by attribute and flags disagreement without merging", async () => {
    const [group] = (await dashboard()).factGroups;
    expect(group).toMatchObject({ key: "length", attribute: "length" });
    expect(group!.facts.map((f) => [f.value, f.unit])).toEqual([
      [{ low: 1, high: 1 }, "km"],
      [{ low: 1200, high: 1200 }, "m"],
    ]);
    expect(group!.conflicts).toEqual([expect.objectContaining({ kind: "disagree" })]);
  });

  it("keeps a structural stage's label, and asks for one", async () => {
    const stage = await add("milestone", { kind: "structural", label: "Spans joined", title: "Spans joined", planned: "", actual: "2026-03", status: "complete", sourceId: ids.institute });
    expect((await dashboard()).milestones.find((m) => m.id === stage.id)).toMatchObject({ kind: "structural", label: "Spans joined" });
    const parsed = RECORD_TYPES.milestone.schemas.create.safeParse({ projectSlug: SLUG, kind: "structural", title: "Something", planned: "", actual: "", status: "pending", sourceId: ids.wire });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["label"]);
    const unnamed = await refused(update("milestone", stage, { label: "", title: "Spans joined", planned: "", actual: "2026-03", status: "complete", sourceId: ids.institute }));
    expect((unnamed as RuleError).fieldErrors).toEqual({ label: ["Name the structural stage, e.g. foundations laid or spans joined."] });
  });

  it("keeps the baseline when a later claim moves the plan, and says the completion milestone differs", async () => {
    await add("forecast", { completion: "Q4 2026", claimed: "2026-02", sourceId: ids.daily });
    const { plans, status } = await dashboard();
    expect(plans.baseline?.completion?.text).toBe("mid-2026");
    expect(plans.current?.completion?.text).toBe("Q4 2026");
    expect(plans.currentTies).toEqual([]);
    expect(plans.moved).toEqual({ minDays: 31, maxDays: 244 });
    expect(plans.completionMismatch).toBe("The completion milestone is planned for mid-2026, but the current plan says Q4 2026.");
    expect(status.againstBaseline?.status).toBe("overdue");
    expect(status.reason).toContain("the original plan (mid-2026)");
  });

  it("leaves the other project's views untouched", async () => {
    const theirs = await getDashboard(db, { slug: other.slug, today, audience: "workspace" });
    expect(theirs?.sources.map((s) => s.outlet)).toEqual(["Elsewhere"]);
    expect(theirs?.facts).toEqual([]);
    expect(theirs?.reports).toEqual([]);
  });
});
