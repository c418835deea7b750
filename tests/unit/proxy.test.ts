/* The proxy's first gate: data files answer a script or a feed reader without a session with 401; shared paths stay public. */
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";

// Routing a shared view reads the database; these paths never reach it.
vi.mock("@/db/render/shared-render", () => ({ sharedRender: async () => null, isRenderPath: () => false }));

const { proxy } = await import("@/proxy");
const get = (path: string, cookie?: string) =>
  proxy(new NextRequest(`http://localhost${path}`, { headers: cookie ? { cookie } : {} }));

describe("the proxy without a session", () => {
  it.each(["/projects/x/export.json", "/projects/x/export/reports.csv", "/projects/x/feed.xml", "/api/projects"])("answers %s with 401", async (path) => {
    expect((await get(path)).status).toBe(401);
  });

  it("sends a page to the sign-in page", async () => {
    const response = await get("/projects/x");
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toContain("/login?next=%2Fprojects%2Fx");
  });

  it.each(["/s/token/feed.xml", "/s/token/export.json", "/s/token/export/reports.csv"])("lets %s through: the link is the capability", async (path) => {
    expect((await get(path)).headers.get("x-middleware-next")).toBe("1");
  });

  it("lets a signed-in feed reader through", async () => {
    expect((await get("/projects/x/feed.xml", "better-auth.session_token=abc")).headers.get("x-middleware-next")).toBe("1");
  });
});
