const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * Where readers reach this server, for share URLs, feed links and absolute preview-image URLs:
 * PUBLIC_URL when set (behind a proxy the request's host may be an internal name), else the
 * host the request names when it is a well-formed host, else `fallback`.
 */
export function publicOriginOf(headers: Headers, fallback: string): string {
  if (process.env.PUBLIC_URL) return process.env.PUBLIC_URL.replace(/\/+$/, "");
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "";
  const proto = headers.get("x-forwarded-proto") === "https" ? "https" : "http";
  return HOST.test(host) ? `${proto}://${host}` : fallback;
}

/** The server's own address, for when a request names no usable host. */
export const localOrigin = () => `http://127.0.0.1:${process.env.PORT || 3000}`;
