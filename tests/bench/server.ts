/*
 * Starts and stops the production server (`npm start`) for the benchmark, on 127.0.0.1, a free
 * port and a given data folder, and sends requests to it with the same headers every time
 * (the place for a session cookie once pages require one).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const DASHBOARD_PATH = "/projects/tumen-road-bridge";
const HOST = "127.0.0.1";

export interface BenchResponse {
  status: number;
  bytes: number;
  /** From sending the request to the last byte of the body. */
  ms: number;
}

export interface BenchServer {
  baseUrl: string;
  dataDir: string;
  /** Sent with every request, by `get` and by load generators; add a session cookie here. */
  headers: Record<string, string>;
  /** From spawning `npm start` to the first 200 from `readyPath`. */
  startupMs: number;
  /** Whether `npm start` built before starting (then startupMs includes the build). */
  built: boolean;
  get(pathname: string): Promise<BenchResponse>;
  /** The resident memory of every process `npm start` runs (npm, the start script, the Next server). */
  memory(): ProcessMemory[];
  stop(): Promise<void>;
}

export interface ProcessMemory {
  pid: number;
  command: string;
  rssMB: number;
}

export interface StartOptions {
  dataDir: string;
  /** The first 200 from this path means ready. */
  readyPath?: string;
  readyTimeoutMs?: number;
  pollMs?: number;
  headers?: Record<string, string>;
  /** Extra environment for the server, e.g. DATABASE_URL to measure on PostgreSQL. */
  env?: Record<string, string>;
  /** Echo the server's output (BENCH_VERBOSE=1 does the same). */
  verbose?: boolean;
}

/** A data folder that a server has used: measurements that start their own servers get it. */
export interface DataFolder {
  dataDir: string;
  /** Request headers that worked on it, such as the session cookie. */
  headers: Record<string, string>;
  env: Record<string, string>;
}

/** What a measurement is: a title and a run against its target (a running server, a data folder...). */
export interface Measurement<Target> {
  /** Names it on the command line: `npm run bench -- <key>`. */
  key: string;
  title: string;
  run(target: Target): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Listens on `port` (0: any) for a moment; the port it got, or null when that one is taken. */
function probePort(port: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => (error.code === "EADDRINUSE" ? resolve(null) : reject(error)));
    probe.listen(port, HOST, () => {
      const { port: got } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(got));
    });
  });
}

/**
 * A port nobody listens on: any, or on a machine shared with others the first free one of
 * BENCH_PORTS (e.g. "3500-3509"), so every server the run starts stays in the range given.
 */
export async function freePort(): Promise<number> {
  const range = process.env.BENCH_PORTS;
  if (!range) return (await probePort(0))!;
  const [first, last = first] = range.split("-").map(Number);
  if (!Number.isInteger(first) || !Number.isInteger(last)) throw new Error(`BENCH_PORTS is not a port or a range of ports: ${range}`);
  for (let port = first!; port <= last!; port++) {
    if ((await probePort(port)) !== null) return port;
  }
  throw new Error(`No free port in BENCH_PORTS=${range}`);
}

function request(agent: http.Agent, url: string, headers: Record<string, string>): Promise<BenchResponse> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.get(url, { agent, headers, timeout: 30_000 }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes, ms: performance.now() - started }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`timed out: GET ${url}`)));
    req.on("error", reject);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startServer(options: StartOptions): Promise<BenchServer> {
  const port = await freePort();
  const baseUrl = `http://${HOST}:${port}`;
  const headers = { ...options.headers };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const verbose = options.verbose ?? process.env.BENCH_VERBOSE === "1";
  const output: string[] = [];
  let built = false;

  const started = performance.now();
  const child = spawn("npm", ["start", "--silent"], {
    cwd: root,
    // Its own process group, so a server left behind can be killed with everything it started.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, PORT: String(port), HOST, DATA_DIR: options.dataDir, DATABASE_URL: "", ...options.env },
  });
  running.add(child);
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding("utf8");
    stream.on("data", (text: string) => {
      if (verbose) process.stderr.write(text);
      built ||= text.includes("Building Bridgewatch");
      output.push(...text.split("\n").filter(Boolean));
      output.splice(0, Math.max(0, output.length - 40));
    });
  }

  const stop = async () => {
    agent.destroy();
    // npm passes the signal down to start.mjs, which passes it to Next. Then wait until the last
    // process (the Next server closing its database) is gone, so the next start finds the folder free.
    child.kill("SIGTERM");
    const deadline = performance.now() + 20_000;
    while (groupAlive(child) && performance.now() < deadline) await sleep(50);
    if (groupAlive(child)) signalGroup(child, "SIGKILL");
    running.delete(child);
  };

  const readyPath = options.readyPath ?? "/api/health";
  const deadline = started + (options.readyTimeoutMs ?? 60_000);
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`npm start exited (${child.exitCode ?? child.signalCode}) before answering:\n${output.join("\n")}`);
    }
    const response = await request(agent, baseUrl + readyPath, headers).catch(() => null);
    if (response?.status === 200) {
      return {
        baseUrl,
        dataDir: options.dataDir,
        headers,
        startupMs: performance.now() - started,
        built,
        get: (pathname) => request(agent, baseUrl + pathname, headers),
        memory: () => groupMemory(child),
        stop,
      };
    }
    await sleep(options.pollMs ?? 100);
  }
  await stop();
  throw new Error(`The server did not answer ${readyPath} with 200 in time:\n${output.join("\n")}`);
}

/** Every process of the server's process group, from /proc (Linux): what the server costs in memory. */
function groupMemory(child: ChildProcess): ProcessMemory[] {
  const group = child.pid;
  if (!group) return [];
  const out: ProcessMemory[] = [];
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The fields after the command's closing parenthesis: state, ppid, pgrp, ...
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== group) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${name}/status`, "utf8"));
      const command = fs.readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
      out.push({ pid: Number(name), command: command.slice(0, 60), rssMB: rss ? Number(rss[1]) / 1024 : 0 });
    } catch {
      // Gone meanwhile.
    }
  }
  return out;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function groupAlive(child: ChildProcess): boolean {
  try {
    if (child.pid) process.kill(-child.pid, 0);
    return Boolean(child.pid);
  } catch {
    return false;
  }
}

/** Last resort on exit: nothing the benchmark started may outlive it. */
export function killAll() {
  for (const child of running) signalGroup(child, "SIGKILL");
}
