import "server-only";
/*
 * A one-second HTML cache for shared views, run from the proxy. Rendering a page costs a full
 * React render (as much as any dynamic page of the app, measured by tests/bench/share-vs-static.ts),
 * and a link that spreads is opened by many readers at once: all who open one link within a
 * second get the same render. Every request still has its token checked first (openShareLink,
 * at most a second old), so a revoked or expired link stops within a second, cache included.
 * The cache lives in this process's memory only: never on disk, never in a shared cache.
 */
import { randomBytes } from "node:crypto";
import { clientIp } from "../auth/client-ip";
import type { Db } from "../connection";
import { isWellFormedShareToken } from "../domain/share-token";
import { openShareLink, SHARE_CACHE_MS } from "./resolve";

/** Marks the proxy's own request for a render; its value is a secret of this process. */
export const SHARE_RENDER_HEADER = "x-bridgewatch-share-render";
export const SHARED_RESPONSE_HEADERS = {
  "Cache-Control": "private, no-store",
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex, nofollow",
} as const;
const MAX_PAGES = 1000;
const SHARED_VIEW = /^\/s\/([^/]+)$/;

interface CachedPage {
  body: ArrayBuffer;
  contentType: string;
  until: number;
}

const globalForPages = globalThis as unknown as {
  bridgewatchSharedPages?: { key: string; pages: Map<string, CachedPage>; renders: Map<string, Promise<CachedPage | null>> };
};
const state = (globalForPages.bridgewatchSharedPages ??= {
  key: randomBytes(24).toString("base64url"),
  pages: new Map(),
  renders: new Map(),
});

/** Whether this request is the proxy rendering a page for the cache (the view was counted by the proxy). */
export function isCacheRender(headers: Headers): boolean {
  return headers.get(SHARE_RENDER_HEADER) === state.key;
}

/** Where this server listens, for rendering into the cache: `npm start` sets both. */
const selfOrigin = () => `http://${process.env.HOST?.includes(":") ? `[${process.env.HOST}]` : process.env.HOST || "127.0.0.1"}:${process.env.PORT || 3000}`;

async function render(request: Request, pathname: string): Promise<CachedPage | null> {
  const incoming = new URL(request.url);
  const response = await fetch(selfOrigin() + pathname, {
    headers: {
      accept: "text/html",
      [SHARE_RENDER_HEADER]: state.key,
      "x-forwarded-for": clientIp(request.headers),
      "x-forwarded-host": request.headers.get("x-forwarded-host") ?? incoming.host,
      "x-forwarded-proto": request.headers.get("x-forwarded-proto") ?? incoming.protocol.replace(":", ""),
    },
    cache: "no-store",
    redirect: "manual",
  });
  if (response.status !== 200) return null;
  return {
    body: await response.arrayBuffer(),
    contentType: response.headers.get("content-type") ?? "text/html; charset=utf-8",
    until: Date.now() + SHARE_CACHE_MS,
  };
}

/**
 * Answers a browser's GET of /s/<token> from the cache, or null to let the request through
 * to the page: anything not a page load (Flight requests from the client router send no
 * text/html Accept), any bad token (the page gives the one 404 for all), the proxy's own renders,
 * and any request with a query string: an `?asOf=` view is another page than today's, and the
 * cache renders and keys the bare path only, so it must never answer one with the other.
 */
export async function serveSharedPage(request: Request, options: { db?: Db } = {}): Promise<Response | null> {
  const { pathname, search } = new URL(request.url);
  const token = SHARED_VIEW.exec(pathname)?.[1];
  if (request.method !== "GET" || search !== "" || !token || !isWellFormedShareToken(token)) return null;
  if (!(request.headers.get("accept") ?? "").includes("text/html") || isCacheRender(request.headers)) return null;

  const access = await openShareLink(token, { ip: clientIp(request.headers), use: "view", db: options.db });
  if (!access.ok) return null;
  // The page holds absolute URLs (its preview images), so one render per address readers use.
  const h = request.headers;
  const key = [h.get("x-forwarded-proto"), h.get("x-forwarded-host") ?? h.get("host"), pathname].join("\n");
  let page = state.pages.get(key);
  if (!page || page.until <= Date.now()) {
    let pending = state.renders.get(key);
    if (!pending) {
      pending = render(request, pathname)
        .catch((error: unknown) => {
          // The page renders itself on every request then: slower, never wrong.
          console.error("Could not render a shared view for the page cache", error);
          return null;
        })
        .finally(() => state.renders.delete(key));
      state.renders.set(key, pending);
    }
    const rendered = await pending;
    if (!rendered) return null;
    if (state.pages.size >= MAX_PAGES) state.pages.clear();
    state.pages.set(key, rendered);
    page = rendered;
  }
  return new Response(page.body.slice(0), {
    status: 200,
    headers: { ...SHARED_RESPONSE_HEADERS, "Content-Type": page.contentType },
  });
}
