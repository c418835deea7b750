import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { newShareToken } from "@/db/domain/share-token";
import { projects, shareLinks } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { createShareLink, revokeShareLink } from "@/db/mutations/share-links";
import { isCacheRender, SHARE_RENDER_HEADER, serveSharedPage } from "@/db/share/page-cache";
import { flushShareViews, forgetShareLinks } from "@/db/share/resolve";
import { backends, type TestDatabase } from "../support/test-db";

const HTML = "<!DOCTYPE html><html><body>rendered</body></html>";
const BROWSER = { accept: "text/html,application/xhtml+xml,*/*;q=0.8", "x-forwarded-for": "192.0.2.7", host: "bridgewatch.test" };

describe.each(backends)("the shared-view page cache on $name", (backend) => {
  let t: TestDatabase;
  let token: string;
  let linkId: string;
  let projectId: string;
  const renders = vi.fn<(url: string, init?: RequestInit) => Promise<Response>>(
    async () => new Response(HTML, { headers: { "content-type": "text/html; charset=utf-8" } }),
  );

  beforeAll(async () => {
    t = await backend.open();
    await seedDatabase(t.db);
    const [project] = await t.db.select().from(projects).where(eq(projects.slug, "tumen-road-bridge"));
    projectId = project!.id;
    const created = await createShareLink(t.db, { projectId, label: "Cached", expiresInMs: null, actor: "system" });
    token = created.token;
    linkId = created.link.id;
    vi.stubGlobal("fetch", renders);
  });
  afterEach(() => renders.mockClear());
  afterAll(async () => {
    vi.unstubAllGlobals();
    await flushShareViews();
    await t?.close();
  });

  const get = (path: string, headers: Record<string, string> = BROWSER) =>
    serveSharedPage(new Request(`http://bridgewatch.test${path}`, { headers }), { db: t.db });

  it("serves every reader within a second from one render, with the shared-view headers", async () => {
    const responses = await Promise.all(Array.from({ length: 5 }, () => get(`/s/${token}`)));
    expect(renders).toHaveBeenCalledTimes(1);
    const [url, init] = renders.mock.calls[0]!;
    expect(url).toMatch(new RegExp(`/s/${token}$`));
    expect(new Headers(init?.headers).get(SHARE_RENDER_HEADER)).toBeTruthy();
    expect(new Headers(init?.headers).get("x-forwarded-for")).toBe("192.0.2.7");
    for (const response of responses) {
      expect(response?.status).toBe(200);
      expect(await response!.text()).toBe(HTML);
      expect(Object.fromEntries(response!.headers)).toMatchObject({
        "cache-control": "private, no-store",
        "referrer-policy": "no-referrer",
        "x-robots-tag": "noindex, nofollow",
      });
    }
    await get(`/s/${token}`);
    expect(renders).toHaveBeenCalledTimes(1);
  });

  it("counts each reader's page load as a view", async () => {
    await flushShareViews();
    const [before] = await t.db.select().from(shareLinks).where(eq(shareLinks.id, linkId));
    await get(`/s/${token}`);
    await get(`/s/${token}`);
    await flushShareViews();
    const [after] = await t.db.select().from(shareLinks).where(eq(shareLinks.id, linkId));
    expect(after!.viewCount - before!.viewCount).toBe(2);
  });

  it.each([
    ["a client-router fetch (no text/html)", `/s/TOKEN`, { accept: "*/*" }],
    ["another path", `/s/TOKEN/opengraph-image`, BROWSER],
    ["an unknown token", `/s/${newShareToken().token}`, BROWSER],
    ["a malformed token", "/s/not-a-token", BROWSER],
    ["an as-of view (never the plain page's render)", `/s/TOKEN?asOf=2025-06-01`, BROWSER],
  ])("lets %s through to the page", async (_what, path, headers) => {
    expect(await get(path.replace("TOKEN", token), headers)).toBeNull();
  });

  it("lets its own render through, and only its own: a guessed render key is just another reader", async () => {
    forgetShareLinks();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await get(`/s/${token}`);
    const renderHeaders = Object.fromEntries(new Headers(renders.mock.calls[0]![1]?.headers));
    expect(isCacheRender(new Headers(renderHeaders))).toBe(true);
    expect(await get(`/s/${token}`, renderHeaders)).toBeNull();
    expect((await get(`/s/${token}`, { ...BROWSER, [SHARE_RENDER_HEADER]: "a guess" }))?.status).toBe(200);
  });

  it("stops serving a revoked link at once on this server, its cached page included", async () => {
    expect((await get(`/s/${token}`))?.status).toBe(200);
    await revokeShareLink(t.db, { id: linkId, projectId, actor: "system" });
    forgetShareLinks();
    expect(await get(`/s/${token}`)).toBeNull();
  });
});
