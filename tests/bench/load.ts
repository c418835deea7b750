/*
 * Load generation for the benchmark: autocannon in its own process (so the load generator's
 * work is not the server's), with the headers given and nothing implied: autocannon sends no
 * Accept header unless told, which is what a bot, curl or a monitor sends.
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";

export const ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

export interface Load {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Mean bytes per second received. */
  bytesPerSecond: number;
  non2xx: number;
  /** Of those, the server's own errors (5xx). */
  serverErrors: number;
  errors: number;
}

const autocannonCli = createRequire(import.meta.url).resolve("autocannon/autocannon.js");

export async function load(
  url: string,
  options: { connections?: number; seconds?: number; headers?: Record<string, string>; method?: string; body?: string } = {},
): Promise<Load> {
  const connections = options.connections ?? 10;
  const seconds = options.seconds ?? 10;
  const headerArgs = Object.entries(options.headers ?? {}).flatMap(([name, value]) => ["-H", `${name}=${value}`]);
  const bodyArgs = options.body === undefined ? [] : ["-b", options.body];
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [autocannonCli, "-c", String(connections), "-d", String(seconds), "-m", options.method ?? "GET", ...headerArgs, ...bodyArgs, "-j", url],
    { timeout: (seconds + 60) * 1000, maxBuffer: 16 * 1024 * 1024 },
  );
  const r = JSON.parse(stdout) as {
    requests: { average: number };
    latency: { p50: number; p97_5: number; p99: number };
    throughput: { average: number };
    non2xx: number;
    "5xx": number;
    errors: number;
    timeouts: number;
  };
  // autocannon reports p97.5, not p95: the nearer, stricter one stands in for p95.
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p95: r.latency.p97_5,
    p99: r.latency.p99,
    bytesPerSecond: r.throughput.average,
    non2xx: r.non2xx,
    serverErrors: r["5xx"],
    errors: r.errors + r.timeouts,
  };
}
