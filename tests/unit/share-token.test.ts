import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EXPIRY_CHOICES,
  ExpiryError,
  hashShareToken,
  isWellFormedShareToken,
  MAX_EXPIRY_MS,
  MIN_EXPIRY_MS,
  newShareToken,
  parseExpiry,
} from "@/db/domain/share-token";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("a new share token", () => {
  it("is 256 bits as 43 base64url characters, with the SHA-256 hex of itself", () => {
    const { token, hash } = newShareToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashShareToken(token));
    expect(hash).not.toContain(token);
  });

  it("is different every time", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newShareToken().token));
    expect(tokens.size).toBe(1000);
  });

  it("is well formed, and so is nothing else of another length or alphabet", () => {
    expect(isWellFormedShareToken(newShareToken().token)).toBe(true);
    for (const bad of ["", "abc", "A".repeat(42), "A".repeat(44), `${"A".repeat(42)}=`, `${"A".repeat(42)}+`, `${"A".repeat(42)}/`, `${"A".repeat(42)} `, `${"A".repeat(42)}é`, "../".repeat(15)]) {
      expect(isWellFormedShareToken(bad), JSON.stringify(bad)).toBe(false);
    }
    expect(isWellFormedShareToken(undefined)).toBe(false);
    expect(isWellFormedShareToken(42)).toBe(false);
  });

  it("is only accepted at exactly 43 base64url characters (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        expect(isWellFormedShareToken(s)).toBe(/^[A-Za-z0-9_-]{43}$/.test(s));
      }),
    );
  });
});

describe("hashShareToken", () => {
  it("is the SHA-256 of the token, in hex", () => {
    expect(hashShareToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("parseExpiry", () => {
  it.each([
    ["1h", HOUR],
    ["1d", DAY],
    ["7d", 7 * DAY],
    ["30d", 30 * DAY],
    ["90d", 90 * DAY],
    ["2w", 14 * DAY],
    ["1y", 365 * DAY],
    [" 7D ", 7 * DAY],
  ])("reads %j", (input, ms) => {
    expect(parseExpiry(input)).toBe(ms);
  });

  it.each(["", "none", "never", "NONE"])("reads %j as no expiry", (input) => {
    expect(parseExpiry(input)).toBeNull();
  });

  it.each(["0h", "30m", "366d", "2y", "53w", "7", "d", "-1d", "1.5d", "7 days", "1e3h", "99999h"])(
    "refuses %j with a message naming the accepted forms",
    (input) => {
      expect(() => parseExpiry(input)).toThrow(ExpiryError);
      expect(() => parseExpiry(input)).toThrow(/from 1h to 1y/);
    },
  );

  it("never answers outside one hour to one year (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (s) => {
        let ms: number | null | undefined;
        try {
          ms = parseExpiry(s);
        } catch (error) {
          expect(error).toBeInstanceOf(ExpiryError);
          return;
        }
        if (ms !== null) {
          expect(ms).toBeGreaterThanOrEqual(MIN_EXPIRY_MS);
          expect(ms).toBeLessThanOrEqual(MAX_EXPIRY_MS);
        }
      }),
    );
  });

  it("accepts every choice the share page offers", () => {
    expect(EXPIRY_CHOICES.map((c) => c.label)).toEqual(["1 hour", "1 day", "7 days", "30 days", "90 days", "1 year", "Never"]);
    for (const choice of EXPIRY_CHOICES) expect(() => parseExpiry(choice.value)).not.toThrow();
  });
});
