import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDashboard } from "@/db/queries/dashboard";
import { getHealth } from "@/db/queries/health";
import { getProjectBySlug, listProjects } from "@/db/queries/projects";
import { auditEntries, completionForecasts, projects, sources } from "@/db/schema";
import { seedIfEmpty } from "@/db/seed";
import { backends, type TestDatabase } from "../support/test-db";

const slug = "tumen-road-bridge";
const today = "2026-11-26";

describe.each(backends)("queries on $name", (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await backend.open();
    await seedIfEmpty(t.db);
  });
  afterAll(() => t?.close());

  describe("getDashboard for the seeded project", () => {
    it("finds the project by slug", async () => {
      const data = await getDashboard(t.db, { slug, today, audience: "workspace" });
      expect(data?.project).toMatchObject({ slug, name: "North Korea–Russia Tumen River road bridge", version: 1 });
      expect(data?.today).toBe(today);
    });

    it("takes Kommersant's mid-2026 forecast as both the baseline and the current plan", async () => {
      const data = await getDashboard(t.db, { slug, today, audience: "workspace" });
      const kommersant = data?.sources.find((s) => s.outlet === "Kommersant");
      expect(data?.plans.baseline).toMatchObject({
        completion: { earliest: "2026-05-01", latest: "2026-08-31", text: "mid-2026" },
        window: { earliest: "2026-05-01", latest: "2026-08-31", text: "mid-2026" },
        claimed: { earliest: "2025-04-30", latest: "2025-04-30", text: "2025-04-30" },
        sourceId: kommersant?.id,
        accepted: true,
      });
      expect(data?.plans.current).toEqual(data?.plans.baseline);
      expect(data?.plans).toMatchObject({ moved: null, baselineTies: [], currentTies: [], completionMismatch: null });
      expect(data?.forecasts).toHaveLength(1);
    });

    it("is overdue and unconfirmed on 2026-11-26: mid-2026 passed with no completion reported", async () => {
      const data = await getDashboard(t.db, { slug, today, audience: "workspace" });
      expect(data?.status).toMatchObject({
        status: "overdue",
        label: "Overdue / unconfirmed",
        plannedToday: { low: 100, mid: 100, high: 100 },
        latestPercent: 0,
        gap: { low: -100, high: -100 },
        evidenceAgeDays: 575,
        figureAgeDays: 575,
        planMoved: false,
      });
    });

    it("draws the planned band from construction start through the plan window to today", async () => {
      const data = await getDashboard(t.db, { slug, today, audience: "workspace" });
      expect(data?.planned.current).toBeNull();
      const planned = data!.planned.baseline!;
      expect(planned.start).toBe("2025-04-30");
      expect(planned.window).toEqual({ earliest: "2026-05-01", latest: "2026-08-31", text: "mid-2026" });
      expect(planned.series[0]).toEqual({ date: "2025-04-30", low: 0, mid: 0, high: 0 });
      expect(planned.series.at(-1)).toEqual({ date: today, low: 100, mid: 100, high: 100 });
      expect(planned.series.map((p) => p.date)).toContain("2026-08-31");
      for (const point of planned.series) {
        expect(point.low).toBeLessThanOrEqual(point.mid);
        expect(point.mid).toBeLessThanOrEqual(point.high);
      }
    });

    it("lists the milestones in order, with slippage where planned and actual are both known", async () => {
      const data = await getDashboard(t.db, { slug, today, audience: "workspace" });
      expect(data?.milestones.map((m) => [m.kind, m.status, m.slippage])).toEqual([
        ["announcement", "complete", { minDays: 0, maxDays: 0 }],
        ["construction_start", "complete", null],
        ["completion", "pending", null],
      ]);
      const kcna = data?.sources.find((s) => s.outlet === "KCNA");
      expect(data?.milestones[1]?.sourceIds).toEqual([kcna?.id]);
    });

    it("gives the reports, events and sources, with the latest evidence and figure", async () => {
      const data = await getDashboard(t.db, { slug, today, audience: "workspace" });
      expect(data?.reports).toHaveLength(1);
      expect(data?.latestEvidence).toEqual(data?.latestFigure);
      expect(data?.parts).toEqual([]);
      expect(data?.facts).toEqual([]);
      expect(data?.latestFigure).toMatchObject({
        observed: { earliest: "2025-04-30", latest: "2025-04-30", text: "2025-04-30" },
        percent: 0,
        figure: 0,
        measured: null,
        scope: null,
        arithmetic: null,
        published: { earliest: "2025-04-30", latest: "2025-04-30", text: "2025-04-30" },
        evidenceKind: "state_media",
        confidence: "medium",
        recordedBy: "seed",
      });
      expect(data?.events.map((e) => e.date.earliest)).toEqual([
        "2022-01-01",
        "2024-06-19",
        "2025-04-28",
        "2025-04-28",
        "2025-04-30",
        "2025-04-30",
        "2025-04-30",
      ]);
      expect(data?.sources).toHaveLength(4);
      const sourceIds = new Set(data?.sources.map((s) => s.id));
      expect(data?.events.every((e) => sourceIds.has(e.sourceId))).toBe(true);
    });

    it("shows the workspace the recent changes, newest first, by who made them", async () => {
      const data = await getDashboard(t.db, { slug, today, audience: "workspace" });
      expect(data?.recentChanges).toHaveLength(17);
      expect(data?.recentChanges.every((c) => c.actor === "seed" && c.action === "create")).toBe(true);
      const ids = data!.recentChanges.map((c) => c.id);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
    });

    it("names no editor and shows no changes to a shared (public) view", async () => {
      const data = await getDashboard(t.db, { slug, today, audience: "public" });
      expect(data?.recentChanges).toEqual([]);
      expect(data?.reports.every((r) => r.recordedBy === null)).toBe(true);
      expect(data?.latestFigure?.recordedBy).toBeNull();
      expect(data?.status.status).toBe("overdue");
    });

    it("is on track before the plan window, when no figure is yet due", async () => {
      const data = await getDashboard(t.db, { slug, today: "2025-06-01", audience: "workspace" });
      expect(data?.status.status).toBe("on_track");
      expect(data?.planned.baseline?.series.at(-1)?.date).toBe("2026-08-31");
    });
  });

  it("getDashboard answers null for an unknown slug", async () => {
    expect(await getDashboard(t.db, { slug: "no-such-project", today, audience: "workspace" })).toBeNull();
    expect(await getDashboard(t.db, { slug: "no-such-project", today, audience: "public" })).toBeNull();
  });

  it("listProjects gives each project with its status at a glance", async () => {
    expect(await listProjects(t.db, { today })).toEqual([
      expect.objectContaining({
        slug,
        name: "North Korea–Russia Tumen River road bridge",
        planText: "mid-2026",
        status: expect.objectContaining({ status: "overdue" }),
        // The figure names when it was observed and by whom, as on the dashboard.
        latestFigureNote: "observed 30 Apr 2025, KCNA",
      }),
    ]);
  });

  it("getProjectBySlug finds the project, or null", async () => {
    expect(await getProjectBySlug(t.db, { slug })).toMatchObject({ slug, parties: ["North Korea", "Russia"] });
    expect(await getProjectBySlug(t.db, { slug: "no-such-project" })).toBeNull();
  });

  it("getHealth reports the database answering", async () => {
    const health = await getHealth({ connection: t.connection });
    expect(health).toMatchObject({ ok: true, database: { kind: backend.name, ok: true } });
    expect(health.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("getHealth reports a failing database instead of throwing", async () => {
    const broken = { kind: t.connection.kind, db: { execute: () => Promise.reject(new Error("connection refused")) } };
    const health = await getHealth({ connection: broken as unknown as typeof t.connection });
    expect(health).toMatchObject({ ok: false, database: { kind: backend.name, ok: false, error: "connection refused" } });
  });

  describe("after the record changes", () => {
    beforeAll(async () => {
      const [project] = await t.db.select().from(projects).where(eq(projects.slug, slug));
      const [source] = await t.db.select().from(sources).where(eq(sources.outlet, "Kommersant"));
      // Synthetic test rows, never shown as real: a later accepted forecast and a still later rejected one.
      await t.db.insert(completionForecasts).values([
        { projectId: project!.id, windowEarliest: "2026-12-01", windowLatest: "2026-12-31", windowText: "end of 2026", claimedEarliest: "2025-09-01", claimedLatest: "2025-09-30", claimedText: "2025-09", sourceId: source!.id },
        { projectId: project!.id, windowEarliest: "2027-01-01", windowLatest: "2027-12-31", windowText: "2027", claimedEarliest: "2025-10-01", claimedLatest: "2025-10-01", claimedText: "2025-10-01", sourceId: source!.id, accepted: false },
      ]);
      await t.db.insert(auditEntries).values(
        Array.from({ length: 5 }, (_, i) => ({
          actorLabel: "Test Editor",
          action: "update",
          entity: "project",
          entityId: project!.id,
          projectId: project!.id,
          after: { n: i },
        })),
      );
    });

    it("takes the latest accepted forecast as the current plan, keeps the first as the baseline, and says the plan moved", async () => {
      const data = await getDashboard(t.db, { slug, today, audience: "workspace" });
      expect(data?.plans.current?.window?.text).toBe("end of 2026");
      expect(data?.plans.baseline?.window?.text).toBe("mid-2026");
      // mid-2026 (1 May – 31 Aug) to end of 2026 (1–31 Dec): later by 92 to 244 days.
      expect(data?.plans.moved).toEqual({ minDays: 92, maxDays: 244 });
      expect(data?.forecasts.map((f) => f.window?.text)).toEqual(["mid-2026", "end of 2026", "2027"]);
      // The completion milestone still says mid-2026: the screen must say the two differ.
      expect(data?.plans.completionMismatch).toContain("mid-2026");
      expect(data?.status).toMatchObject({ status: "far_behind", planMoved: true, againstBaseline: { status: "overdue" } });
      expect(data?.status.reason).toMatch(/^Overdue against the original plan \(mid-2026\); far behind the current claim \(end of 2026\)\./);
      expect(data?.planned.current?.window.text).toBe("end of 2026");
      const [summary] = await listProjects(t.db, { today });
      expect(summary).toMatchObject({ planText: "end of 2026", baselineText: "mid-2026" });
    });

    it("keeps the last 20 changes, newest first", async () => {
      const data = await getDashboard(t.db, { slug, today, audience: "workspace" });
      expect(data?.recentChanges).toHaveLength(20);
      expect(data?.recentChanges.slice(0, 5).map((c) => c.actor)).toEqual(Array(5).fill("Test Editor"));
    });
  });
});
