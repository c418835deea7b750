/* Which address a request is counted by, and which host it may name, by TRUSTED_PROXY_HOPS (db/edge/forwarded.mjs). */
import { afterEach, describe, expect, it, vi } from "vitest";
import { addressKey, clientAddressOf, servedOverHttps, trustedProxyHops } from "@/db/edge/forwarded.mjs";
import { publicOriginOf } from "@/db/share/origin";

afterEach(() => vi.unstubAllEnvs());

describe("TRUSTED_PROXY_HOPS", () => {
  it("is 0 unless set, and must be a small whole number", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "2" })).toBe(2);
    for (const bad of ["-1", "one", "1.5", "99"]) expect(() => trustedProxyHops({ TRUSTED_PROXY_HOPS: bad })).toThrow(/TRUSTED_PROXY_HOPS must be a whole number/);
  });
});

describe("the client's address in the chain the front door leaves", () => {
  it("with no trusted proxy, is the socket's: the last entry", () => {
    expect(clientAddressOf("127.0.0.1", 0)).toBe("127.0.0.1");
  });
  it("with N trusted proxies, is the Nth from the right, whatever the client prepended", () => {
    expect(clientAddressOf("6.6.6.6, 203.0.113.7, 10.0.0.2", 1)).toBe("203.0.113.7");
    expect(clientAddressOf("6.6.6.6, 203.0.113.7, 10.0.0.3, 10.0.0.2", 2)).toBe("203.0.113.7");
  });
  it("for a request that bypassed the proxies, is the leftmost it has", () => {
    expect(clientAddressOf("10.0.0.2", 2)).toBe("10.0.0.2");
  });
});

describe("the key rate limits count an address by", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["203.0.113.7:5123", "203.0.113.7"],
    ["::ffff:203.0.113.7", "203.0.113.7"],
    ["2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"],
    ["2001:db8:1:2::1", "2001:db8:1:2::/64"],
    ["[2001:0db8:0001:0002::ffff]:443", "2001:db8:1:2::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["not an address", "unknown"],
    ["", "unknown"],
  ])("%s counts as %s", (raw, key) => {
    expect(addressKey(raw)).toBe(key);
  });
  it("puts every address of one /64 under one key", () => {
    expect(addressKey("2001:db8:1:2::1")).toBe(addressKey("2001:db8:1:2:ffff:ffff:ffff:ffff"));
    expect(addressKey("2001:db8:1:2::1")).not.toBe(addressKey("2001:db8:1:3::1"));
  });
});

describe("the origin share URLs and preview images name", () => {
  const overHttps = (headers: Headers) =>
    servedOverHttps({ publicUrl: process.env.PUBLIC_URL, forwardedProto: headers.get("x-forwarded-proto"), hops: trustedProxyHops() });
  const forged = new Headers({ host: "bridgewatch.example:3000", "x-forwarded-host": "evil.test", "x-forwarded-proto": "https" });
  it("ignores X-Forwarded-Host and -Proto without a trusted proxy", () => {
    expect(publicOriginOf(forged, "http://fallback")).toBe("http://bridgewatch.example:3000");
    expect(overHttps(forged)).toBe(false);
  });
  it("takes them from a trusted proxy", () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
    expect(publicOriginOf(forged, "http://fallback")).toBe("https://evil.test");
    expect(overHttps(forged)).toBe(true);
  });
  it("is PUBLIC_URL when set, whatever the request says", () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
    vi.stubEnv("PUBLIC_URL", "https://bridgewatch.example/");
    expect(publicOriginOf(forged, "http://fallback")).toBe("https://bridgewatch.example");
  });
});
