import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/db/session";
import { createShareLink } from "@/db/mutations/share-links";
import { recordVersion } from "@/db/queries/record-version";
import { projects } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { dashboardRenderKey, dashboardRenderPath, isDashboardRenderPath, parseDashboardRenderKey } from "@/db/render/dashboard-render";
import { backends, type TestDatabase } from "../support/test-db";

const EDITOR: CurrentUser = { id: "user-editor-1", email: "editor@bridgewatch.test", name: "Editor", role: "editor" };
const RENDER = /^\/projects\/([^/]+)\/v\/([^/]+)$/;

describe.each(backends)("routing a signed-in dashboard to its render on $name", (backend) => {
  let t: TestDatabase;
  let signedIn: CurrentUser | null = EDITOR;

  beforeAll(async () => {
    t = await backend.open();
    await seedDatabase(t.db);
  });
  afterAll(async () => t?.close());

  const route = (path: string, options: { method?: string; now?: Date } = {}) =>
    dashboardRenderPath(new Request(`http://bridgewatch.test${path}`, { method: options.method ?? "GET" }), {
      db: t.db,
      now: options.now,
      userOf: async () => signedIn,
    });

  it("sends a signed-in GET to the render of today, the record's version, the user and their role", async () => {
    signedIn = EDITOR;
    const path = await route("/projects/tumen-road-bridge", { now: new Date("2026-11-20T09:00:00Z") });
    const [, slug, key] = RENDER.exec(path ?? "") ?? [];
    expect(slug).toBe("tumen-road-bridge");
    expect(parseDashboardRenderKey(key!)).toEqual({ today: "2026-11-20", version: await recordVersion(t.db), userId: EDITOR.id, role: "editor" });
    expect(isDashboardRenderPath(path!)).toBe(true);
  });

  it("gives a changed role another render, and a change to the record a new version within a second", async () => {
    const now = new Date("2026-11-21T09:00:00Z");
    signedIn = EDITOR;
    const asEditor = await route("/projects/tumen-road-bridge", { now });
    signedIn = { ...EDITOR, role: "viewer" };
    const asViewer = await route("/projects/tumen-road-bridge", { now });
    expect(asViewer).not.toBe(asEditor);
    expect(parseDashboardRenderKey(RENDER.exec(asViewer!)![2]!)!.role).toBe("viewer");
    const [project] = await t.db.select().from(projects);
    await createShareLink(t.db, { projectId: project!.id, label: "A change", expiresInMs: null, actor: "system" });
    const later = await route("/projects/tumen-road-bridge", { now: new Date(now.getTime() + 1001) });
    expect(parseDashboardRenderKey(RENDER.exec(later!)![2]!)!.version).toBeGreaterThan(parseDashboardRenderKey(RENDER.exec(asViewer!)![2]!)!.version);
  });

  it.each([
    ["without a session (the page redirects to sign-in)", "/projects/tumen-road-bridge", null],
    ["an earlier day's view", "/projects/tumen-road-bridge?asOf=2025-06-01", EDITOR],
    ["another page of the project", "/projects/tumen-road-bridge/share", EDITOR],
    ["the project list", "/", EDITOR],
  ])("lets a request %s through to the dynamic page", async (_what, path, user) => {
    signedIn = user;
    expect(await route(path)).toBeNull();
  });

  it("lets a POST (a server action) through", async () => {
    signedIn = EDITOR;
    expect(await route("/projects/tumen-road-bridge", { method: "POST" })).toBeNull();
  });
});

describe("dashboard render keys", () => {
  it("read back what they were made of, and refuse ids that could break out of a path segment", () => {
    const key = dashboardRenderKey({ today: "2026-12-01", version: 7, userId: "a1B2-c3_d4", role: "admin" });
    expect(parseDashboardRenderKey(key!)).toEqual({ today: "2026-12-01", version: 7, userId: "a1B2-c3_d4", role: "admin" });
    expect(dashboardRenderKey({ today: "2026-12-01", version: 7, userId: "../x", role: "admin" })).toBeNull();
    expect(parseDashboardRenderKey("2026-12-01~7~someone~owner")).toBeNull();
  });
});
