/*
 * The server's front door (db/edge/front-door.mjs), in front of a stand-in for Next's handler
 * on a real loopback socket: what the handler is told about the client, what every response
 * carries, and what is refused before the handler sees it.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createFrontDoor } from "@/db/edge/front-door.mjs";
import { FRAME_ANCESTORS_HEADER } from "@/db/edge/frame-ancestors.mjs";
import { NONCE_PLACEHOLDER } from "@/db/edge/security-headers.mjs";

type Seen = { headers: http.IncomingHttpHeaders };
let server: http.Server | undefined;

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A front door before a handler that records what it was asked and answers with `page`. */
async function frontDoor(
  options: { hops?: number; publicUrl?: string; page?: string | string[]; type?: string; frame?: string; frameInWriteHead?: boolean } = {},
) {
  const seen: Seen[] = [];
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    seen.push({ headers: { ...req.headers } });
    res.setHeader("Content-Type", options.type ?? "text/html; charset=utf-8");
    if (options.frame !== undefined && options.frameInWriteHead) res.writeHead(200, { [FRAME_ANCESTORS_HEADER]: options.frame });
    else if (options.frame !== undefined) res.setHeader(FRAME_ANCESTORS_HEADER, options.frame);
    const page = options.page ?? `<script nonce="${NONCE_PLACEHOLDER}">1</script>`;
    if (typeof page === "string") return void res.end(page);
    for (const chunk of page) res.write(chunk);
    res.end();
  };
  server = http.createServer(createFrontDoor({ handle, hops: options.hops ?? 0, publicUrl: options.publicUrl }));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = (path: string, headers: Record<string, string> = {}, method = "GET") =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const request = http.request(`${base}${path}`, { headers, method }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      });
      request.on("error", reject);
      request.end();
    });
  const post = (path: string, headers: Record<string, string> = {}) => get(path, headers, "POST");
  return { seen, get, post, host: new URL(base).host };
}

const nonceOf = (csp: string | string[] | undefined) => /'nonce-([A-Za-z0-9_-]+)'/.exec(String(csp))?.[1];

describe("the client's address", () => {
  it("is the socket's by default: a forged X-Forwarded-For never reaches the app", async () => {
    const door = await frontDoor();
    await door.get("/", { "X-Forwarded-For": "203.0.113.9, 198.51.100.1", "X-Real-IP": "203.0.113.10" });
    expect(door.seen[0]!.headers["x-forwarded-for"]).toBe("127.0.0.1");
    expect(door.seen[0]!.headers["x-real-ip"]).toBeUndefined();
  });

  it("keeps the chain of a trusted proxy, with the socket's address at its end", async () => {
    const door = await frontDoor({ hops: 1 });
    await door.get("/", { "X-Forwarded-For": "203.0.113.9, 198.51.100.1" });
    expect(door.seen[0]!.headers["x-forwarded-for"]).toBe("203.0.113.9, 198.51.100.1, 127.0.0.1");
  });

  it("drops X-Forwarded-Host and -Proto unless a trusted proxy is in front", async () => {
    const untrusted = await frontDoor();
    await untrusted.get("/", { "X-Forwarded-Host": "evil.test", "X-Forwarded-Proto": "https" });
    expect(untrusted.seen[0]!.headers).not.toHaveProperty("x-forwarded-host");
    expect(untrusted.seen[0]!.headers).not.toHaveProperty("x-forwarded-proto");
    server!.close();
    const trusted = await frontDoor({ hops: 1 });
    await trusted.get("/", { "X-Forwarded-Host": "bridgewatch.example", "X-Forwarded-Proto": "https" });
    expect(trusted.seen[0]!.headers).toMatchObject({ "x-forwarded-host": "bridgewatch.example", "x-forwarded-proto": "https" });
  });
});

describe("every response", () => {
  it("carries the security headers, and a CSP whose nonce is in the page and new each time", async () => {
    const door = await frontDoor();
    const [first, second] = [await door.get("/"), await door.get("/")];
    for (const response of [first, second]) {
      expect(response.headers).toMatchObject({
        "x-content-type-options": "nosniff",
        "referrer-policy": "strict-origin-when-cross-origin",
        "x-frame-options": "DENY",
      });
      expect(response.headers["permissions-policy"]).toContain("camera=()");
      const csp = String(response.headers["content-security-policy"]);
      for (const directive of ["'strict-dynamic'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
      expect(response.body.toString()).toBe(`<script nonce="${nonceOf(csp)}">1</script>`);
      expect(response.headers["strict-transport-security"]).toBeUndefined();
    }
    expect(nonceOf(first!.headers["content-security-policy"])).not.toBe(nonceOf(second!.headers["content-security-policy"]));
    // Next is told the placeholder: a page rendered once may be served to many.
    expect(nonceOf(door.seen[0]!.headers["content-security-policy"])).toBe(NONCE_PLACEHOLDER);
  });

  it("puts the nonce into compressed HTML too", async () => {
    const page = `<html>${"<p>padding</p>".repeat(200)}<script nonce="${NONCE_PLACEHOLDER}"></script></html>`;
    const door = await frontDoor({ page });
    const response = await door.get("/", { "Accept-Encoding": "gzip" });
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(response.body).toString()).toContain(`nonce="${nonceOf(response.headers["content-security-policy"])}"`);
  });

  it("finds the placeholder across the chunks Next streams", async () => {
    const tag = `<script nonce="${NONCE_PLACEHOLDER}"></script>`;
    const cut = tag.indexOf(NONCE_PLACEHOLDER) + 5;
    const door = await frontDoor({ page: ["<p>a</p>", tag.slice(0, cut), tag.slice(cut), tag, `${tag.slice(0, -3)}`, "pt>"] });
    const response = await door.get("/");
    const nonce = nonceOf(response.headers["content-security-policy"]);
    expect(response.body.toString()).toBe(`<p>a</p>${tag.repeat(3)}`.replaceAll(NONCE_PLACEHOLDER, nonce!));
  });

  it("leaves other content alone", async () => {
    const door = await frontDoor({ type: "application/json", page: JSON.stringify({ text: NONCE_PLACEHOLDER }) });
    expect(JSON.parse((await door.get("/x.json")).body.toString())).toEqual({ text: NONCE_PLACEHOLDER });
  });

  it("asks for HSTS over HTTPS only: PUBLIC_URL, or a trusted proxy's X-Forwarded-Proto", async () => {
    const forged = await frontDoor();
    expect((await forged.get("/", { "X-Forwarded-Proto": "https" })).headers["strict-transport-security"]).toBeUndefined();
    server!.close();
    const proxied = await frontDoor({ hops: 1 });
    expect((await proxied.get("/", { "X-Forwarded-Proto": "https" })).headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    server!.close();
    const configured = await frontDoor({ publicUrl: "https://bridgewatch.example" });
    expect((await configured.get("/")).headers["strict-transport-security"]).toContain("max-age=31536000");
  });
});

describe("framing", () => {
  const TOKEN = "A".repeat(43);
  const frameAncestors = (csp: string | string[] | undefined) => /frame-ancestors ([^;]+)/.exec(String(csp))?.[1];

  it.each([`/s/${TOKEN}`, `/s/${TOKEN}/embed`])("%s framed by the sites its route names: those in the CSP, and no X-Frame-Options", async (path) => {
    for (const frameInWriteHead of [false, true]) {
      const door = await frontDoor({ frame: "https://a.example https://b.example:8443", frameInWriteHead });
      const response = await door.get(path);
      expect(frameAncestors(response.headers["content-security-policy"])).toBe("https://a.example https://b.example:8443");
      expect(String(response.headers["content-security-policy"])).toContain("object-src 'none'");
      expect(response.headers["x-frame-options"]).toBeUndefined();
      expect(response.headers[FRAME_ANCESTORS_HEADER]).toBeUndefined();
      expect(response.body.toString()).toContain(`nonce="${nonceOf(response.headers["content-security-policy"])}"`);
      server!.close();
    }
  });

  it.each(["/", "/projects/x", `/s/${TOKEN}/feed.xml`, `/s/${TOKEN}/v/key`, `/api/s/${TOKEN}`, "/s"])("%s is never framed, whatever its route says; the header never leaves", async (path) => {
    const door = await frontDoor({ frame: "https://a.example" });
    const response = await door.get(path);
    expect(frameAncestors(response.headers["content-security-policy"])).toBe("'none'");
    expect(response.headers["x-frame-options"]).toBe("DENY");
    expect(response.headers[FRAME_ANCESTORS_HEADER]).toBeUndefined();
  });

  it("a value that is not a list of canonical origins frames nothing", async () => {
    for (const frame of ["", "'none'", "*", "https://a.example 'unsafe-inline'", "https://a.example; script-src *", "http://a.example"]) {
      const door = await frontDoor({ frame });
      const response = await door.get(`/s/${TOKEN}`);
      expect(frameAncestors(response.headers["content-security-policy"])).toBe("'none'");
      expect(response.headers["x-frame-options"]).toBe("DENY");
      expect(response.headers[FRAME_ANCESTORS_HEADER]).toBeUndefined();
      server!.close();
    }
  });

  it("a shared view that names no site is not framed", async () => {
    const door = await frontDoor();
    const response = await door.get(`/s/${TOKEN}/embed`);
    expect(frameAncestors(response.headers["content-security-policy"])).toBe("'none'");
    expect(response.headers["x-frame-options"]).toBe("DENY");
  });
});

describe("input Next would answer with a 500", () => {
  it.each(["/api/s/%ZZ", "/s/%c0%ae", "/projects/%ZZ", "/%E0%A4%A"])("%s gets a 400, and never reaches the app", async (path) => {
    const door = await frontDoor();
    const response = await door.get(path);
    expect(response.status).toBe(400);
    expect(response.body.toString()).toContain("percent-encoding");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(door.seen).toHaveLength(0);
  });

  it("a server action with an Origin that is not a URL gets a 400", async () => {
    const door = await frontDoor();
    expect((await door.post("/login", { "Next-Action": "abc", Origin: "http://[::1" })).status).toBe(400);
    expect((await door.post("/login", { "Next-Action": "abc", Origin: "null" })).status).toBe(200);
    expect(door.seen).toHaveLength(1);
  });

  const FORM = { "Content-Type": "multipart/form-data; boundary=x" };

  it("a form posted without JavaScript (multipart, no Next-Action) with an Origin that is not a URL gets a 400", async () => {
    const door = await frontDoor();
    const response = await door.post("/login", { ...FORM, Origin: "http://[::1" });
    expect(response.status).toBe(400);
    expect(response.body.toString()).toContain("Origin header is not a URL");
    expect(door.seen).toHaveLength(0);
  });

  it("a form or an action of another site gets a 403; this site's own, and a proxy's forwarded host, pass", async () => {
    const door = await frontDoor({ hops: 1 });
    const refused = await door.post("/login", { ...FORM, Origin: "https://evil.test" });
    expect(refused.status).toBe(403);
    expect(refused.body.toString()).toContain("another site");
    expect((await door.post("/projects/x", { "Next-Action": "abc", Origin: "https://evil.test" })).status).toBe(403);
    expect(door.seen).toHaveLength(0);
    const own = await door.post("/login", { ...FORM, Origin: `http://${door.host}` });
    expect(own.status).toBe(200);
    const proxied = await door.post("/login", { ...FORM, Origin: "https://bridgewatch.example", "X-Forwarded-Host": "bridgewatch.example", "X-Forwarded-For": "203.0.113.9" });
    expect(proxied.status).toBe(200);
  });

  it("other requests are not judged by their Origin: a GET, a plain urlencoded POST", async () => {
    const door = await frontDoor();
    expect((await door.get("/login", { Origin: "https://evil.test" })).status).toBe(200);
    expect((await door.post("/api/x", { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://evil.test" })).status).toBe(200);
  });
});
