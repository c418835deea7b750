// @ts-check
/*
 * How a route tells the front door which sites may frame its response. Only a share link's
 * token check knows that (db/render/shared-render.ts), and a page cannot set its own CSP (the
 * front door writes it), so the route names the origins in a private response header. The front
 * door honours it on shared views only, folds it into frame-ancestors, and strips it from every
 * response (./front-door.mjs).
 */

/** The private header: space-separated origins, each in the form canonicalOrigin accepts. */
export const FRAME_ANCESTORS_HEADER = "x-bridgewatch-frame-ancestors";

/** Where the header is honoured: today's shared view and its embed, as the browser asks for them, and nothing else. */
export const FRAMEABLE_PATH = /^\/s\/[A-Za-z0-9_-]+(\/embed)?$/;

const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
const PORT = "(?::(?:[1-9][0-9]{0,4}))?";
const HOST = `(?:${LABEL}(?:\\.${LABEL})*|\\[[0-9a-f:.]+\\])`;
const CANONICAL = new RegExp(`^https://${HOST}${PORT}$|^http://(?:localhost|127\\.0\\.0\\.1|\\[::1\\])${PORT}$`);

/**
 * Whether a string is an origin in the one form stored and sent: lower case, https (or http on
 * this machine's loopback names), a host, an optional port, nothing else. Nothing in it can
 * end a CSP directive or add a source expression.
 * @param {string} value
 */
export function isCanonicalOrigin(value) {
  return value.length <= 300 && CANONICAL.test(value);
}

/**
 * The origins a header value names, or null when any part of it is not canonical: a bad value
 * falls back to refusing all framing, never to a partial list.
 * @param {string | undefined} value
 * @returns {string[] | null}
 */
export function parseFrameAncestors(value) {
  if (value === undefined) return null;
  const origins = value.split(" ").filter(Boolean);
  if (origins.length === 0 || origins.length > 20 || !origins.every(isCanonicalOrigin)) return null;
  return origins;
}
