// @ts-check
/*
 * The browser-side defences every response carries, set by the server's front door
 * (db/bin/server.mjs) so that pages, routes, static files and errors alike get them.
 */
import { randomBytes } from "node:crypto";

/**
 * What pages are rendered with instead of a real nonce. A render can be cached and served to
 * many readers (the shared views', db/render/), so the nonce cannot be baked into it: the front
 * door swaps this for a fresh nonce in every HTML response (./nonce-swap.mjs). Same length as a
 * nonce, so a response's Content-Length stays right.
 */
export const NONCE_PLACEHOLDER = "bwRenderNonce00000000000";

/** A fresh nonce: 18 random bytes, 24 characters of base64url, like the placeholder. */
export function freshNonce() {
  return randomBytes(18).toString("base64url");
}

/**
 * The Content-Security-Policy: scripts only with this response's nonce (and what they load,
 * 'strict-dynamic'); no plugins, no <base>, forms and fetches to this origin only, and no
 * framing, unless `frameAncestors` names the sites that may (a share link that allows embedding,
 * ./frame-ancestors.mjs). Styles allow inline style attributes, which React and the charts set.
 * @param {string} nonce
 * @param {readonly string[]} [frameAncestors] canonical origins; none: no site may frame it
 */
export function contentSecurityPolicy(nonce, frameAncestors = []) {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.length ? frameAncestors.join(" ") : "'none'"}`,
  ].join("; ");
}

/** Features no page here uses, refused to any script that would. */
export const PERMISSIONS_POLICY =
  "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()";

/**
 * The headers of every response. A route may set its own Referrer-Policy over this default:
 * shared views send no-referrer (db/share/response-headers.ts), so their capability URL never
 * leaks onward.
 * @param {{ nonce: string, https: boolean }} options
 * @returns {Record<string, string>}
 */
export function securityHeaders({ nonce, https }) {
  /** @type {Record<string, string>} */
  const headers = {
    "Content-Security-Policy": contentSecurityPolicy(nonce),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (https) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}
