/*
 * Which responses the browser may keep for Back and Forward (db/edge/back-forward-cache.mjs):
 * workspace pages yes, shared views and data no, and nothing after the session ends.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { applyBackForwardPolicy, backForwardCache, clearsSession, WORKSPACE_PAGE_CACHE_CONTROL } from "@/db/edge/back-forward-cache.mjs";

const NEXT_DYNAMIC = "private, no-cache, no-store, max-age=0, must-revalidate";

function headersOf(initial: Record<string, string | string[]>) {
  const map = new Map(Object.entries(initial).map(([name, value]) => [name.toLowerCase(), value as unknown]));
  return { map, get: (name: string) => map.get(name.toLowerCase()), set: (name: string, value: string) => void map.set(name.toLowerCase(), value) };
}

describe("the back/forward cache policy", () => {
  it("lets a workspace page be kept: no-store becomes private, no-cache", () => {
    for (const path of ["/", "/projects/tumen-road-bridge", "/admin/users", "/login", "/share"]) {
      const headers = headersOf({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": NEXT_DYNAMIC });
      applyBackForwardPolicy(path, headers);
      expect(headers.get("cache-control"), path).toBe(WORKSPACE_PAGE_CACHE_CONTROL);
    }
  });

  it("keeps no-store on shared views, whatever their page", () => {
    for (const path of ["/s/abc", "/s/abc/embed", "/s"]) {
      const headers = headersOf({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" });
      applyBackForwardPolicy(path, headers);
      expect(headers.get("cache-control"), path).toBe("private, no-store");
    }
  });

  it("leaves data, RSC payloads and pages that allow caching as their route set them", () => {
    const cases: [string, string, string][] = [
      ["/api/projects/x", "application/json", "private, no-store"],
      ["/projects/x", "text/x-component", NEXT_DYNAMIC],
      ["/robots.txt", "text/plain", "public, max-age=0, must-revalidate"],
      ["/projects/x", "text/html", "s-maxage=31536000"],
    ];
    for (const [path, type, cacheControl] of cases) {
      const headers = headersOf({ "Content-Type": type, "Cache-Control": cacheControl });
      applyBackForwardPolicy(path, headers);
      expect(headers.get("cache-control"), `${path} ${type}`).toBe(cacheControl);
    }
  });

  it("clears the browser's cache when a response ends the session, over HTTP and HTTPS", () => {
    const past = "Thu, 01 Jan 1970 00:00:00 GMT";
    expect(clearsSession("better-auth.session_token=; Max-Age=0; Path=/; HttpOnly")).toBe(true);
    expect(clearsSession(`__Host-better-auth.session_token=; Path=/; Expires=${past}; Secure`)).toBe(true);
    expect(clearsSession("better-auth.session_token=abc.def; Max-Age=604800; Path=/; HttpOnly")).toBe(false);
    expect(clearsSession("better-auth.session_token=abc.def; Path=/")).toBe(false);
    expect(clearsSession("other=; Max-Age=0")).toBe(false);

    const signOut = headersOf({ "Content-Type": "text/x-component", "Set-Cookie": ["a=b", "better-auth.session_token=; Max-Age=0; Path=/"] });
    applyBackForwardPolicy("/", signOut);
    expect(signOut.get("clear-site-data")).toBe('"cache"');
    const signIn = headersOf({ "Content-Type": "text/x-component", "Set-Cookie": "better-auth.session_token=abc; Max-Age=604800; Path=/" });
    applyBackForwardPolicy("/login", signIn);
    expect(signIn.get("clear-site-data")).toBeUndefined();
  });
});

describe("on a real response", () => {
  let server: http.Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it("applies the policy just before the headers go, set however the handler set them", async () => {
    server = http.createServer((req, res) => {
      backForwardCache(req, res);
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("Cache-Control", NEXT_DYNAMIC);
      res.end("<p>page</p>");
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    const get = (path: string) => fetch(`http://127.0.0.1:${port}${path}`).then((response) => response.headers.get("cache-control"));
    expect(await get("/projects/x?asOf=2025-06-30")).toBe(WORKSPACE_PAGE_CACHE_CONTROL);
    expect(await get("/s/token")).toBe(NEXT_DYNAMIC);
  });
});
