// @ts-check
/*
 * Which pages the browser may keep for Back and Forward. Next answers every dynamic page with
 * "private, no-cache, no-store, max-age=0, must-revalidate", and no-store keeps a page out of
 * the back/forward cache: every Back in the workspace was a full reload. So, on the way out:
 *  - a workspace page (HTML, not under /s/) is sent "private, no-cache" instead: no shared cache
 *    may keep it, the browser asks again on every load, and Back restores it at once;
 *  - a shared view keeps no-store: it is read through a capability URL, and no cache may keep
 *    a copy of it on disk (Chromium may still restore one from memory on Back when no cookie
 *    changed; the view's next poll then says whether the link still works);
 *  - a response that ends the session (it clears the session cookie) sends
 *    Clear-Site-Data: "cache", which empties the back/forward cache too, so Back after signing
 *    out shows no private page.
 * Data routes, RSC payloads and files keep the headers their route set.
 */

/** The session cookie's names, over HTTP and over HTTPS (db/auth/auth.ts SESSION_COOKIES). */
const SESSION_COOKIE = /^(?:__Host-)?better-auth\.session_token=/;

/** What Next sends with a dynamic page, and what a workspace page is sent with instead. */
export const WORKSPACE_PAGE_CACHE_CONTROL = "private, no-cache";

/** @param {string} path */
const isSharedView = (path) => path === "/s" || path.startsWith("/s/");

/**
 * Whether a Set-Cookie header deletes the session cookie (an expiry in the past, or no age).
 * @param {string} cookie
 */
export function clearsSession(cookie) {
  if (!SESSION_COOKIE.test(cookie)) return false;
  const maxAge = /;\s*max-age=(-?\d+)/i.exec(cookie);
  if (maxAge) return Number(maxAge[1]) <= 0;
  const expires = /;\s*expires=([^;]+)/i.exec(cookie);
  return expires ? Date.parse(expires[1] ?? "") <= Date.now() : false;
}

/**
 * The headers a response goes out with, by the rules above: changes `headers` in place.
 * @param {string} path the request's path, without its query
 * @param {{ get(name: string): unknown, set(name: string, value: string): void }} headers
 */
export function applyBackForwardPolicy(path, headers) {
  const html = /^text\/html\b/i.test(String(headers.get("content-type") ?? ""));
  const cacheControl = String(headers.get("cache-control") ?? "");
  if (html && !isSharedView(path) && /\bno-store\b/i.test(cacheControl)) headers.set("Cache-Control", WORKSPACE_PAGE_CACHE_CONTROL);
  const cookies = headers.get("set-cookie");
  const list = Array.isArray(cookies) ? cookies.map(String) : cookies ? [String(cookies)] : [];
  if (list.some(clearsSession)) headers.set("Clear-Site-Data", '"cache"');
}

/**
 * Applies the policy to a response just before its headers are sent.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
export function backForwardCache(req, res) {
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  /** @type {(...args: unknown[]) => import("node:http").ServerResponse} */
  const writeHead = /** @type {any} */ (res.writeHead);
  /** @param {unknown[]} args */
  res.writeHead = /** @type {any} */ (
    function (/** @type {unknown[]} */ ...args) {
      if (!res.headersSent) applyBackForwardPolicy(path, { get: (name) => res.getHeader(name), set: (name, value) => res.setHeader(name, value) });
      return writeHead.apply(res, args);
    }
  );
}
