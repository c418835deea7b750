// @ts-check
/*
 * Who is asking, and through which proxies. Headers such as X-Forwarded-For are only as true as
 * whoever wrote them: this server trusts the TRUSTED_PROXY_HOPS proxies nearest to it (default
 * 0, none) and no one else. Plain JavaScript, so the server's own front door (db/bin/server.mjs)
 * and the app (db/auth/client-ip.ts, db/share/origin.ts) read the same rules.
 */
import { isIP } from "node:net";

const MAX_HOPS = 16;

/**
 * How many reverse proxies in front of this server each append the address they saw to
 * X-Forwarded-For (nginx's $proxy_add_x_forwarded_for, a cloud load balancer...).
 * @param {Record<string, string | undefined>} [env]
 * @returns {number}
 */
export function trustedProxyHops(env = process.env) {
  const raw = env.TRUSTED_PROXY_HOPS?.trim();
  if (!raw) return 0;
  if (!/^\d+$/.test(raw) || Number(raw) > MAX_HOPS) {
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to ${MAX_HOPS} (the proxies in front of this server), not "${raw}".`);
  }
  return Number(raw);
}

/**
 * The values of a list header, in order, whether Node gave it as one string or several.
 * @param {string | string[] | null | undefined} value
 * @returns {string[]}
 */
export function headerList(value) {
  const joined = Array.isArray(value) ? value.join(",") : (value ?? "");
  return joined
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Whether readers reach this server over HTTPS: PUBLIC_URL says so when set, else a trusted
 * proxy's X-Forwarded-Proto does (one sent by a client counts for nothing).
 * @param {{ publicUrl?: string, forwardedProto: string | string[] | null | undefined, hops: number }} request
 * @returns {boolean}
 */
export function servedOverHttps({ publicUrl, forwardedProto, hops }) {
  if (publicUrl) return publicUrl.startsWith("https://");
  return trustedForwardedValue(Array.isArray(forwardedProto) ? forwardedProto.join(",") : forwardedProto, hops) === "https";
}

/**
 * The front door's rewrite of one request's forwarding headers, before the app sees them.
 * X-Forwarded-For becomes the chain of addresses that reached this socket, ending with the
 * socket's own peer; what untrusted clients wrote is dropped. X-Forwarded-Host, -Proto and -Port
 * are kept only when a trusted proxy is in front (it sets them); otherwise Next derives them
 * from the connection itself.
 * @param {Record<string, string | string[] | undefined>} headers Node's request headers, changed in place
 * @param {string | undefined} peer the socket's remote address
 * @param {number} hops
 */
export function normalizeForwardedHeaders(headers, peer, hops) {
  const chain = hops > 0 ? headerList(headers["x-forwarded-for"]) : [];
  if (peer) chain.push(peer);
  if (chain.length > 0) headers["x-forwarded-for"] = chain.join(", ");
  else delete headers["x-forwarded-for"];
  delete headers["x-real-ip"];
  if (hops === 0) {
    delete headers["x-forwarded-host"];
    delete headers["x-forwarded-proto"];
    delete headers["x-forwarded-port"];
    delete headers.forwarded;
  }
}

/**
 * The client's address: with N trusted proxies, the Nth address from the right of the chain
 * (each proxy appended the address it saw), so what a client wrote to the left never counts.
 * A chain shorter than N (a request that bypassed the proxies) yields its leftmost address.
 * @param {string | null | undefined} forwardedFor X-Forwarded-For as the front door left it
 * @param {number} hops
 * @returns {string | undefined}
 */
export function clientAddressOf(forwardedFor, hops) {
  const chain = headerList(forwardedFor);
  return chain[Math.max(0, chain.length - 1 - hops)];
}

/**
 * The value a trusted proxy set for a header it overwrites or appends to (X-Forwarded-Host,
 * -Proto): the nearest one, the last in the list. Without trusted proxies, none.
 * @param {string | null | undefined} value
 * @param {number} hops
 * @returns {string | undefined}
 */
export function trustedForwardedValue(value, hops) {
  return hops > 0 ? headerList(value).at(-1) : undefined;
}

/**
 * What rate limits count one client by: an IPv4 address as it is, an IPv6 address by its /64
 * (one subscriber usually holds a whole /64, and could otherwise rotate through it), an
 * IPv4-mapped IPv6 address as the IPv4 address. Anything else is "unknown".
 * @param {string | undefined} raw
 * @returns {string}
 */
export function addressKey(raw) {
  let address = (raw ?? "").trim();
  if (address.startsWith("[")) address = address.slice(1, address.indexOf("]") === -1 ? undefined : address.indexOf("]"));
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.replace(/%.*$/, "");
  const version = isIP(address);
  if (version === 4) return address;
  if (version !== 6) return "unknown";
  const mapped = /^(?:0{0,4}:){0,5}:?ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  return `${ipv6Groups(address).slice(0, 4).join(":")}::/64`;
}

/**
 * The eight groups of a valid IPv6 address, lower case, without leading zeros.
 * @param {string} address
 * @returns {string[]}
 */
function ipv6Groups(address) {
  let text = address.toLowerCase();
  // An embedded IPv4 tail ("::1.2.3.4") is two groups.
  const tail = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number);
    text = `${text.slice(0, tail.index)}${((a ?? 0) * 256 + (b ?? 0)).toString(16)}:${((c ?? 0) * 256 + (d ?? 0)).toString(16)}`;
  }
  const [head = "", rest] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = rest ? rest.split(":") : [];
  const zeros = rest === undefined ? [] : Array(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].map((group) => Number.parseInt(group, 16).toString(16));
}
