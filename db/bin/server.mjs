/*
 * The server `npm start` runs (through db/bin/start.mjs): Next's request handler behind the
 * app's own front door (db/edge/front-door.mjs), which needs the socket Next's own server hides.
 * Plain JavaScript: a start compiles nothing.
 */
// @ts-check
import http from "node:http";
import { fileURLToPath } from "node:url";
import next from "next";
import { createFrontDoor } from "../edge/front-door.mjs";
import { trustedProxyHops } from "../edge/forwarded.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || "127.0.0.1";
// Next resolves its proxy's rewrites against this name (see db/bin/start.mjs).
const nextHostname = process.env.NEXT_HOSTNAME || host;

/** @type {number} */
let hops;
try {
  hops = trustedProxyHops();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// A server action that redirects inside the app (signing in) fetches its target from this server,
// to send it along with the redirect. Without this origin Next builds it from the request, with a
// trusted proxy's X-Forwarded-Proto, so behind TLS it asked https://<public host> and failed, or
// went out and back through the proxy. `next start` sets the same (next/dist/server/lib/start-server.js).
process.env.__NEXT_PRIVATE_ORIGIN ??= `http://${nextHostname.includes(":") ? `[${nextHostname}]` : nextHostname}:${port}`;

const app = next({ dev: false, dir: root, hostname: nextHostname, port });
await app.prepare();
const server = http.createServer(createFrontDoor({ handle: app.getRequestHandler(), hops, publicUrl: process.env.PUBLIC_URL }));
server.listen(port, host);

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => {
    server.close();
    server.closeIdleConnections();
    // The database module closes the database, then exits (db/client.ts); before it opened, exit here.
    if (process.listenerCount(signal) === 1) process.exit(signal === "SIGINT" ? 130 : 143);
  });
}
