/*
 * The caller's address as Next passes it on: Next sets X-Forwarded-For from the socket only
 * when the request has none, so behind a reverse proxy the proxy's header is used. Directly
 * exposed, a client could send its own header; the per-account limit holds regardless.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const first = forwarded?.split(",")[0]?.trim();
  return first || headers.get("x-real-ip") || "unknown";
}
