/*
 * The server's front door: one Node HTTP server in front of Next's request handler (a Next
 * "custom server"), started by db/bin/start.mjs. Before Next sees a request it
 *  - rewrites the forwarding headers by TRUSTED_PROXY_HOPS (db/edge/forwarded.mjs), since only
 *    here is the socket's own address known;
 *  - refuses what Next would answer with a 500: a path that is not valid percent-encoding, a
 *    server action whose Origin is not a URL;
 *  - sets the security headers of every response, with a fresh CSP nonce (db/edge/security-headers.mjs);
 * and it compresses responses itself, after putting that nonce into HTML (db/edge/nonce-swap.mjs).
 * Plain JavaScript: a start compiles nothing.
 */
// @ts-check
import http from "node:http";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import next from "next";
import { normalizeForwardedHeaders, trustedForwardedValue, trustedProxyHops } from "../edge/forwarded.mjs";
import { swapNonceInHtml } from "../edge/nonce-swap.mjs";
import { contentSecurityPolicy, freshNonce, NONCE_PLACEHOLDER, securityHeaders } from "../edge/security-headers.mjs";

const require = createRequire(import.meta.url);
/** @type {() => (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void} */
const compression = require("next/dist/compiled/compression");
const { releaseCompressionStream } = require("next/dist/server/lib/release-compression-stream");

const root = fileURLToPath(new URL("../..", import.meta.url));
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || "127.0.0.1";
// Next resolves its proxy's rewrites against this name (see db/bin/start.mjs).
const nextHostname = process.env.NEXT_HOSTNAME || host;

let hops;
try {
  hops = trustedProxyHops();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const publicUrl = process.env.PUBLIC_URL;

const app = next({ dev: false, dir: root, hostname: nextHostname, port });
const handle = app.getRequestHandler();
const compress = compression();

/** @param {http.IncomingMessage} req */
function refusal(req) {
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  try {
    decodeURIComponent(path);
  } catch {
    return "The address is not valid percent-encoding.";
  }
  const origin = req.headers.origin;
  if (req.headers["next-action"] && origin && origin !== "null" && !URL.canParse(origin)) return "The request's Origin header is not a URL.";
  return null;
}

/** @param {http.IncomingMessage} req */
function overHttps(req) {
  if (publicUrl) return publicUrl.startsWith("https://");
  return trustedForwardedValue(/** @type {string | undefined} */ (req.headers["x-forwarded-proto"]), hops) === "https";
}

/** @type {http.RequestListener} */
function frontDoor(req, res) {
  normalizeForwardedHeaders(req.headers, req.socket.remoteAddress, hops);
  const nonce = freshNonce();
  for (const [name, value] of Object.entries(securityHeaders({ nonce, https: overHttps(req) }))) res.setHeader(name, value);

  const refused = refusal(req);
  if (refused) {
    res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    res.end(`Bad request. ${refused}\n`);
    return;
  }
  // Next reads the nonce for its scripts from the request's policy; pages are rendered with the
  // placeholder, and this response's nonce is put in its place on the way out.
  req.headers["content-security-policy"] = contentSecurityPolicy(NONCE_PLACEHOLDER);
  compress(req, res, () => undefined);
  // A client that goes away mid-response would leave the zlib stream open (as Next does it).
  res.once("close", () => {
    if (!res.writableFinished) releaseCompressionStream(res);
  });
  swapNonceInHtml(res, NONCE_PLACEHOLDER, nonce);
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    res.end();
  });
}

await app.prepare();
const server = http.createServer(frontDoor);
server.listen(port, host, () => console.log(`Listening on http://${host.includes(":") ? `[${host}]` : host}:${port}`));

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => {
    server.close();
    server.closeIdleConnections();
    // The database module closes the database and exits (db/client.ts); without it, exit here.
    if (process.listenerCount(signal) === 1) process.exit(signal === "SIGINT" ? 130 : 143);
  });
}
