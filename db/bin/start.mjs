/*
 * `npm start`: builds when the production build is missing or older than the sources, then
 * runs the server (db/bin/server.mjs: Next's handler behind the app's own front door). The
 * build is a process of its own; the server runs in this one when `npm start` gave it the heap
 * cap (package.json), so no second Node process waits beside it, else in a child with the cap.
 * Nothing here opens the database: the server does, at start (instrumentation.ts). Plain
 * JavaScript, so a start compiles nothing: the server itself runs from the build.
 */
// @ts-check
import { spawn } from "node:child_process";
import dns from "node:dns";
import fs from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const buildIdFile = path.join(root, ".next", "BUILD_ID");

/* What the server bundle is built from. db/bin holds command-line scripts outside the bundle. */
const SOURCES = ["app", "components", "db", "instrumentation.ts", "proxy.ts", "next.config.js", "package-lock.json"];
const NOT_BUNDLED = new Set([path.join(root, "db", "bin")]);

/** The Next server's old-generation heap, in MB: package.json's start script gives the same. */
const HEAP_MB = 192;
const port = process.env.PORT || "3000";
const host = process.env.HOST || "127.0.0.1";

/** @type {import("node:child_process").ChildProcess | undefined} */
let child;
let stopping = false;

const SIGNALS = /** @type {const} */ (["SIGINT", "SIGTERM"]);
/** @param {NodeJS.Signals} signal */
function onSignal(signal) {
  stopping = true;
  // A terminal's Ctrl+C reaches the whole process group; a `kill` of this process does not.
  if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
  else if (!child) process.exit(128 + os.constants.signals[signal]);
}
for (const signal of SIGNALS) process.on(signal, onSignal);

/**
 * Whether this process may run the server itself: `npm start` gave it the heap cap on its
 * command line. A cap in NODE_OPTIONS is the operator's, and would lose to that one, so then the
 * server runs in a child, where NODE_OPTIONS decides.
 */
const HEAP_FLAG = /--max-old-space-size/;
const serveInThisProcess = process.execArgv.some((a) => HEAP_FLAG.test(a)) && !HEAP_FLAG.test(process.env.NODE_OPTIONS ?? "");

/**
 * @param {string[]} args node's arguments: a script and its own
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<number>}
 */
function run(args, env) {
  const proc = spawn(process.execPath, args, { cwd: root, env, stdio: "inherit" });
  child = proc;
  return new Promise((resolve) => {
    proc.on("exit", (code, signal) => resolve(code ?? 128 + (signal ? os.constants.signals[signal] : 0)));
  });
}

/**
 * The first source file changed since the last build, or null when the build is current.
 * @param {number} buildTime
 * @returns {string | null}
 */
function changedSince(buildTime) {
  /** @type {(entry: string) => string | null} */
  const visit = (entry) => {
    if (NOT_BUNDLED.has(entry)) return null;
    /** @type {fs.Stats} */
    let stat;
    try {
      stat = fs.statSync(entry);
    } catch {
      return null;
    }
    // ctime too: copies that keep modification times (tar, rsync -a) still count as changes.
    if (!stat.isDirectory()) return Math.max(stat.mtimeMs, stat.ctimeMs) > buildTime ? entry : null;
    for (const name of fs.readdirSync(entry)) {
      if (name.startsWith(".") || name === "node_modules") continue;
      const found = visit(path.join(entry, name));
      if (found) return found;
    }
    return null;
  };
  for (const source of SOURCES) {
    const found = visit(path.join(root, source));
    if (found) return found;
  }
  return null;
}

/** @returns {string | null} */
function buildReason() {
  if (!fs.existsSync(buildIdFile)) return "no production build in .next yet";
  const changed = changedSince(fs.statSync(buildIdFile).mtimeMs);
  return changed ? `${path.relative(root, changed)} changed since the last build` : null;
}

/** @param {NodeJS.ProcessEnv} env */
function describeDatabase(env) {
  if (!env.DATABASE_URL) return `PGlite in ${env.DATA_DIR}`;
  try {
    const url = new URL(env.DATABASE_URL);
    return `PostgreSQL at ${url.host}${url.pathname}`;
  } catch {
    return "PostgreSQL (DATABASE_URL)";
  }
}

/**
 * @param {string} baseUrl
 * @param {NodeJS.ProcessEnv} env
 */
async function announceWhenReady(baseUrl, env) {
  const serverUp = () => (serveInThisProcess ? true : child?.exitCode === null && child.signalCode === null);
  while (!stopping && serverUp()) {
    if ((await healthStatus(`${baseUrl}/api/health`)) === 200) {
      console.log(`\nBridgewatch is running at ${baseUrl}\nDatabase: ${describeDatabase(env)}\n`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The status of one GET, or 0 when nothing answers. node:http rather than fetch: this process
 * stays up beside the server, and fetch would keep about 10 MB more of it resident.
 * @param {string} url
 * @returns {Promise<number>}
 */
function healthStatus(url) {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(0));
  });
}

/** @returns {Promise<number>} */
async function main() {
  const reason = buildReason();
  if (reason) {
    console.log(`Building Bridgewatch: ${reason}.`);
    const code = await run([nextBin, "build"], process.env);
    if (code !== 0 || stopping) {
      if (!stopping) console.error("The build failed; not starting the server.");
      return code;
    }
  }

  // One absolute folder for the server and for the messages here, whatever the working directory.
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, NEXT_MANUAL_SIG_HANDLE: "true", PORT: port, HOST: host };
  if (!env.DATABASE_URL) env.DATA_DIR = path.resolve(process.env.DATA_DIR || path.join(root, "data"));

  // Next gives its proxy a URL whose loopback host reads "localhost", and treats a rewrite to any
  // other host as external, fetched over HTTP (vercel/next.js#94745). Told its host is
  // "localhost", resolved IPv4 first, Next keeps the rewrites inside this server.
  const bindAs = host === "127.0.0.1" ? "localhost" : host;
  env.NEXT_HOSTNAME = bindAs;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  if (serveInThisProcess) {
    Object.assign(process.env, env);
    if (bindAs === "localhost") dns.setDefaultResultOrder("ipv4first");
    // From here the server's own handlers stop it (db/bin/server.mjs, then the database's, db/client.ts).
    for (const signal of SIGNALS) process.off(signal, onSignal);
    void announceWhenReady(`http://${urlHost}:${port}`, env);
    await import("./server.mjs");
    // The server runs until a signal stops it: this start never returns a code of its own.
    return new Promise(() => {});
  }
  // V8 lets a busy server's heap grow far past what it keeps alive (580 MB resident after the
  // bench's loads, against 350 MB capped): the cap makes it collect sooner, at no measured cost
  // in throughput. NODE_OPTIONS with its own --max-old-space-size wins.
  if (!HEAP_FLAG.test(env.NODE_OPTIONS ?? "")) env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --max-old-space-size=${HEAP_MB}`.trim();
  if (bindAs === "localhost") env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --dns-result-order=ipv4first`.trim();
  const exited = run([path.join(root, "db", "bin", "server.mjs")], env);
  void announceWhenReady(`http://${urlHost}:${port}`, env);
  return exited;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
