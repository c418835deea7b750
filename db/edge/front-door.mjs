// @ts-check
/*
 * The server's front door: what every request passes before Next's handler (db/bin/server.mjs
 * puts it in front of Next). It
 *  - rewrites the forwarding headers by TRUSTED_PROXY_HOPS (./forwarded.mjs), since only here is
 *    the socket's own address known;
 *  - refuses what Next would answer with a 500: a path that is not valid percent-encoding, a
 *    server action (or a form posted without JavaScript) whose Origin is not a URL or another site;
 *  - sets the security headers of every response, with a fresh CSP nonce (./security-headers.mjs),
 *    and lets a shared view name the sites that may frame it (./frame-ancestors.mjs);
 *  - lets the browser keep workspace pages for Back and Forward, and forget them on sign-out
 *    (./back-forward-cache.mjs);
 *  - compresses responses itself, after putting that nonce into HTML (./nonce-swap.mjs), so
 *    Next's own compression is off (next.config.js).
 */
import { createRequire } from "node:module";
import { normalizeForwardedHeaders, servedOverHttps } from "./forwarded.mjs";
import { backForwardCache } from "./back-forward-cache.mjs";
import { swapNonceInHtml } from "./nonce-swap.mjs";
import { FRAMEABLE_PATH, FRAME_ANCESTORS_HEADER, parseFrameAncestors } from "./frame-ancestors.mjs";
import { contentSecurityPolicy, freshNonce, NONCE_PLACEHOLDER, securityHeaders } from "./security-headers.mjs";

const require = createRequire(import.meta.url);
/** @type {() => (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse, next: () => void) => void} */
const compression = require("next/dist/compiled/compression");
/** @type {{ releaseCompressionStream(res: import("node:http").ServerResponse): void }} */
const { releaseCompressionStream } = require("next/dist/server/lib/release-compression-stream");

/**
 * The host Next compares a server action's Origin with: the first X-Forwarded-Host (only a
 * trusted proxy's is left by now), else Host.
 * @param {import("node:http").IncomingMessage} req
 */
function hostOf(req) {
  const forwarded = req.headers["x-forwarded-host"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded?.split(",")[0])?.trim();
  return first || req.headers.host;
}

/**
 * Why the front door answers this request itself, with its status, or null. Next takes a
 * multipart POST to a page (a form posted without JavaScript) or one with a Next-Action header
 * as a server action, and answers a 500 when its Origin is not a URL or names another site
 * (its CSRF check): such a request gets a 400 or a 403 here, with the reason. Next would also
 * let in the origins of `serverActions.allowedOrigins`; next.config.js names none, and one named
 * there must be let in here too.
 * @param {import("node:http").IncomingMessage} req
 * @returns {{ status: 400 | 403, message: string } | null}
 */
export function refusalOf(req) {
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  try {
    decodeURIComponent(path);
  } catch {
    return { status: 400, message: "The address is not valid percent-encoding." };
  }
  const origin = req.headers.origin;
  const mayBeAction = req.method === "POST" && (req.headers["next-action"] !== undefined || /^multipart\/form-data\b/i.test(req.headers["content-type"] ?? ""));
  if (!mayBeAction || !origin || origin === "null") return null;
  if (!URL.canParse(origin)) return { status: 400, message: "The request's Origin header is not a URL." };
  if (new URL(origin).host !== hostOf(req)) return { status: 403, message: "A form of another site may not post here." };
  return null;
}

/**
 * Takes the private frame-ancestors header off every response as its head is written, and on a
 * shared view only turns it into the CSP's frame-ancestors. X-Frame-Options cannot name sites,
 * so it is dropped when the CSP names some (browsers that know frame-ancestors ignore it anyway).
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {string} nonce
 */
export function applyFramePolicy(req, res, nonce) {
  const frameable = FRAMEABLE_PATH.test((req.url ?? "/").split("?")[0] ?? "/");
  const writeHead = res.writeHead;
  /** @type {(...args: any[]) => import("node:http").ServerResponse} */
  const wrapped = (...args) => {
    let value = res.getHeader(FRAME_ANCESTORS_HEADER);
    res.removeHeader(FRAME_ANCESTORS_HEADER);
    // Headers can also come in writeHead's own arguments, as an object.
    const given = args.find((a, i) => i > 0 && a && typeof a === "object" && !Array.isArray(a));
    if (given) {
      for (const name of Object.keys(given)) {
        if (name.toLowerCase() !== FRAME_ANCESTORS_HEADER) continue;
        value = given[name];
        delete given[name];
      }
    }
    const origins = frameable && typeof value === "string" ? parseFrameAncestors(value) : null;
    if (origins) {
      res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce, origins));
      res.removeHeader("X-Frame-Options");
    }
    return writeHead.apply(res, /** @type {any} */ (args));
  };
  res.writeHead = /** @type {any} */ (wrapped);
}

/**
 * @param {{
 *   handle: (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => Promise<void>,
 *   hops: number,
 *   publicUrl?: string,
 * }} options
 * @returns {import("node:http").RequestListener}
 */
export function createFrontDoor({ handle, hops, publicUrl }) {
  const compress = compression();
  return (req, res) => {
    // Read before the rewrite below drops an untrusted X-Forwarded-Proto.
    const https = servedOverHttps({ publicUrl, forwardedProto: req.headers["x-forwarded-proto"], hops });
    normalizeForwardedHeaders(req.headers, req.socket.remoteAddress, hops);
    const nonce = freshNonce();
    for (const [name, value] of Object.entries(securityHeaders({ nonce, https }))) res.setHeader(name, value);

    const refused = refusalOf(req);
    if (refused) {
      res.writeHead(refused.status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
      res.end(`${refused.status === 400 ? "Bad request" : "Forbidden"}. ${refused.message}\n`);
      return;
    }
    // Next reads the nonce for its scripts from the request's policy. Pages are rendered with the
    // placeholder, since a render may be cached and served to many (db/render/), and this
    // response's own nonce is put in its place on the way out.
    req.headers["content-security-policy"] = contentSecurityPolicy(NONCE_PLACEHOLDER);
    compress(req, res, () => undefined);
    // A client that goes away mid-response would leave the zlib stream open (Next does the same).
    res.once("close", () => {
      if (!res.writableFinished) releaseCompressionStream(res);
    });
    swapNonceInHtml(res, NONCE_PLACEHOLDER, nonce);
    applyFramePolicy(req, res, nonce);
    backForwardCache(req, res);
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end();
    });
  };
}
