import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newShareToken } from "@/db/domain/share-token";
import { createShareLink, revokeShareLink, setShareLinkEmbedding } from "@/db/mutations/share-links";
import { recordVersion } from "@/db/queries/record-version";
import { projects, shareLinks } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { flushShareViews, forgetShareLinks } from "@/db/share/resolve";
import { isRenderPath, parseRenderKey, renderKey, sharedRender } from "@/db/render/shared-render";
import { backends, type TestDatabase } from "../support/test-db";

const READER = { "x-forwarded-for": "192.0.2.7", host: "bridgewatch.test" };
const RENDER = /^\/s\/([^/]+)\/v\/([^/]+)$/;

describe.each(backends)("routing a shared view to its render on $name", (backend) => {
  let t: TestDatabase;
  let token: string;
  let linkId: string;
  let projectId: string;

  beforeAll(async () => {
    t = await backend.open();
    await seedDatabase(t.db);
    const [project] = await t.db.select().from(projects).where(eq(projects.slug, "tumen-road-bridge"));
    projectId = project!.id;
    const created = await createShareLink(t.db, { projectId, label: "Rendered", expiresInMs: null, actor: "system" });
    token = created.token;
    linkId = created.link.id;
  });
  afterAll(async () => {
    await flushShareViews();
    await t?.close();
  });

  const routed = (path: string, options: { method?: string; now?: Date; headers?: Record<string, string> } = {}) =>
    sharedRender(new Request(`http://bridgewatch.test${path}`, { method: options.method ?? "GET", headers: options.headers ?? READER }), {
      db: t.db,
      now: options.now,
    });
  const route = async (path: string, options: Parameters<typeof routed>[1] = {}) => (await routed(path, options))?.path ?? null;

  it("sends a good token to the render of today, the record's version and the reader's origin", async () => {
    const now = new Date("2026-11-20T10:00:00Z");
    const path = await route(`/s/${token}`, { now });
    const [, routedToken, key] = RENDER.exec(path ?? "") ?? [];
    expect(routedToken).toBe(token);
    expect(parseRenderKey(key!)).toEqual({ today: "2026-11-20", version: await recordVersion(t.db), origin: "http://bridgewatch.test" });
    expect(isRenderPath(path!)).toBe(true);
    expect(await route(`/s/${token}`, { method: "HEAD", now })).toBe(path);
  });

  it("gives every reader of one version the same render, and a change a new one within a second", async () => {
    const now = new Date("2026-11-21T10:00:00Z");
    const first = await route(`/s/${token}`, { now });
    expect(await route(`/s/${token}`, { now, headers: { ...READER, "x-forwarded-for": "198.51.100.9" } })).toBe(first);
    await createShareLink(t.db, { projectId, label: "A change", expiresInMs: null, actor: "system" });
    const later = new Date(now.getTime() + 1001);
    const next = await route(`/s/${token}`, { now: later });
    expect(parseRenderKey(RENDER.exec(next!)![2]!)!.version).toBeGreaterThan(parseRenderKey(RENDER.exec(first!)![2]!)!.version);
  });

  it("reads the version again at once after this process wrote a change: whoever saves and reloads sees it", async () => {
    const now = new Date("2026-11-23T10:00:00Z");
    const before = await route(`/s/${token}`, { now });
    await createShareLink(t.db, { projectId, label: "Another change", expiresInMs: null, actor: "system" });
    const after = await route(`/s/${token}`, { now });
    expect(parseRenderKey(RENDER.exec(after!)![2]!)!.version).toBeGreaterThan(parseRenderKey(RENDER.exec(before!)![2]!)!.version);
  });

  it("renders apart for each origin readers use, and PUBLIC_URL names one origin for all", async () => {
    const now = new Date("2026-11-22T10:00:00Z");
    const other = await route(`/s/${token}`, { now, headers: { ...READER, host: "mirror.example:8080" } });
    expect(parseRenderKey(RENDER.exec(other!)![2]!)!.origin).toBe("http://mirror.example:8080");
    process.env.PUBLIC_URL = "https://bridgewatch.example/";
    try {
      const pinned = await route(`/s/${token}`, { now, headers: { ...READER, host: "evil.example" } });
      expect(parseRenderKey(RENDER.exec(pinned!)![2]!)!.origin).toBe("https://bridgewatch.example");
    } finally {
      delete process.env.PUBLIC_URL;
    }
  });

  it("counts each page load as a view", async () => {
    await flushShareViews();
    const [before] = await t.db.select().from(shareLinks).where(eq(shareLinks.id, linkId));
    await route(`/s/${token}`);
    await route(`/s/${token}`);
    await flushShareViews();
    const [after] = await t.db.select().from(shareLinks).where(eq(shareLinks.id, linkId));
    expect(after!.viewCount - before!.viewCount).toBe(2);
  });

  it.each([
    ["another path", `/s/TOKEN/opengraph-image`],
    ["an unknown token", `/s/${newShareToken().token}`],
    ["a malformed token", "/s/not-a-token"],
    ["an as-of view, another page than today's", `/s/TOKEN?asOf=2025-06-01`],
  ])("lets %s through to the dynamic page", async (_what, path) => {
    expect(await route(path.replace("TOKEN", token))).toBeNull();
  });

  it("routes the embed to its own render of the same key, whatever its query", async () => {
    const now = new Date("2026-11-24T10:00:00Z");
    const view = await route(`/s/${token}`, { now });
    const embed = await route(`/s/${token}/embed`, { now });
    expect(embed).toBe(view!.replace(`/s/${token}/v/`, `/s/${token}/embed/v/`));
    expect(isRenderPath(embed!)).toBe(true);
    expect(await route(`/s/${token}/embed?utm_source=x`, { now })).toBe(embed);
    expect(await route(`/s/${newShareToken().token}/embed`, { now })).toBeNull();
  });

  it("says which sites may frame the response, as the link stands now", async () => {
    const { link, token: framed } = await createShareLink(t.db, { projectId, label: "Framed", expiresInMs: null, embedOrigins: "https://a.example", actor: "system" });
    const now = new Date();
    expect((await routed(`/s/${framed}/embed`, { now }))?.embedOrigins).toEqual(["https://a.example"]);
    expect((await routed(`/s/${token}/embed`, { now }))?.embedOrigins).toEqual([]);
    await setShareLinkEmbedding(t.db, { id: link.id, projectId, embedOrigins: "https://b.example https://c.example", actor: "system" });
    expect((await routed(`/s/${framed}`, { now: new Date(now.getTime() + 1001) }))?.embedOrigins).toEqual(["https://b.example", "https://c.example"]);
  });

  it("lets a POST through: only reads are routed to a render", async () => {
    expect(await route(`/s/${token}`, { method: "POST" })).toBeNull();
  });

  it("stops routing a revoked link at once on this server, and within a second on any", async () => {
    const now = new Date();
    expect(await route(`/s/${token}`, { now })).not.toBeNull();
    await revokeShareLink(t.db, { id: linkId, projectId, actor: "system" });
    // Another server still remembers the link for up to a second, then asks the database.
    expect(await route(`/s/${token}`, { now: new Date(now.getTime() + 1001) })).toBeNull();
    forgetShareLinks();
    expect(await route(`/s/${token}`, { now })).toBeNull();
  });
});

describe("render keys", () => {
  it("read back what they were made of, and nothing else", () => {
    const key = renderKey({ today: "2026-12-01", version: 42, origin: "https://bridgewatch.example:8443" });
    expect(parseRenderKey(key)).toEqual({ today: "2026-12-01", version: 42, origin: "https://bridgewatch.example:8443" });
    expect(parseRenderKey("2026-12-01~42")).toBeNull();
    expect(parseRenderKey(renderKey({ today: "2026-12-01", version: 1, origin: "javascript:alert(1)" }))).toBeNull();
    expect(parseRenderKey(renderKey({ today: "2026-12-01", version: 1, origin: "https://a.example/path" }))).toBeNull();
  });

  it("mark render paths, which the proxy refuses when asked for directly", () => {
    expect(isRenderPath("/s/abc/v/2026-12-01~1~aHR0cDovL3g")).toBe(true);
    expect(isRenderPath("/s/abc/v")).toBe(true);
    expect(isRenderPath("/s/abc/embed/v/2026-12-01~1~aHR0cDovL3g")).toBe(true);
    expect(isRenderPath("/s/abc/embed")).toBe(false);
    expect(isRenderPath("/s/abc")).toBe(false);
    expect(isRenderPath("/s/abc/feed.xml")).toBe(false);
  });
});
