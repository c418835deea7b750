import { addressKey, clientAddressOf, trustedProxyHops } from "../edge/forwarded.mjs";

/*
 * The caller's address, for the per-address rate limits. The server's front door
 * (db/bin/server.mjs) rewrites X-Forwarded-For to the chain that reached its socket, ending with
 * the socket's own peer, and drops what a client wrote unless TRUSTED_PROXY_HOPS proxies are in
 * front; this takes the address the nearest untrusted hop connected from (db/edge/forwarded.mjs).
 * Under `next dev` there is no front door, and a forged header is believed: development only.
 */
export function clientIp(headers: Headers): string {
  return addressKey(clientAddressOf(headers.get("x-forwarded-for"), trustedProxyHops()));
}
