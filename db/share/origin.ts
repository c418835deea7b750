import { trustedProxyHops, trustedForwardedValue } from "../edge/forwarded.mjs";

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * Where readers reach this server, for share URLs, feed links and absolute preview-image URLs:
 * PUBLIC_URL when set (behind a proxy the request's host may be an internal name). Otherwise
 * the host the request names when it is a well-formed host: X-Forwarded-Host and -Proto only
 * when a trusted proxy set them (TRUSTED_PROXY_HOPS, db/edge/forwarded.mjs), since anyone can
 * send them, and a forged host would end up in a share page's og:image URL beside the token.
 * Else `fallback`.
 */
export function publicOriginOf(headers: Headers, fallback: string): string {
  if (process.env.PUBLIC_URL) return process.env.PUBLIC_URL.replace(/\/+$/, "");
  const hops = trustedProxyHops();
  const host = trustedForwardedValue(headers.get("x-forwarded-host"), hops) ?? headers.get("host") ?? "";
  const proto = trustedForwardedValue(headers.get("x-forwarded-proto"), hops) === "https" ? "https" : "http";
  return HOST.test(host) ? `${proto}://${host}` : fallback;
}

/** The server's own address, for when a request names no usable host. */
export const localOrigin = () => `http://127.0.0.1:${process.env.PORT || 3000}`;
