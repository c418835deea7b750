/*
 * Share-link tokens. A token is 256 bits from the operating system's CSPRNG, written as
 * base64url (43 characters, no padding) so it fits in a URL path as is. Only its SHA-256 is
 * stored: a leaked database cannot be turned back into working links, and a plain hash is
 * enough because the token already carries 256 bits of entropy (no salt or slow hash needed).
 */
import { createHash, randomBytes } from "node:crypto";

const TOKEN_BYTES = 32;
/** base64url without padding: four characters for every three bytes, the last group cut short. */
const TOKEN_LENGTH = Math.ceil((TOKEN_BYTES * 4) / 3);
const WELL_FORMED = new RegExp(`^[A-Za-z0-9_-]{${TOKEN_LENGTH}}$`);

export function newShareToken(): { token: string; hash: string } {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, hash: hashShareToken(token) };
}

export function hashShareToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Checked before any lookup, so junk never reaches the database. */
export function isWellFormedShareToken(s: unknown): s is string {
  return typeof s === "string" && WELL_FORMED.test(s);
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const UNIT_MS = { h: HOUR_MS, d: DAY_MS, w: 7 * DAY_MS, y: 365 * DAY_MS } as const;
export const MIN_EXPIRY_MS = HOUR_MS;
export const MAX_EXPIRY_MS = UNIT_MS.y;

/** The choices the share page offers; every value is accepted by parseExpiry. */
export const EXPIRY_CHOICES: readonly { value: string; label: string }[] = [
  { value: "1h", label: "1 hour" },
  { value: "1d", label: "1 day" },
  { value: "7d", label: "7 days" },
  { value: "30d", label: "30 days" },
  { value: "90d", label: "90 days" },
  { value: "1y", label: "1 year" },
  { value: "none", label: "Never" },
];

export class ExpiryError extends Error {
  constructor(input: string) {
    super(
      `"${input}" is not an expiry. Use a number and a unit (h hours, d days, w weeks, y years) ` +
        `from 1h to 1y, e.g. 7d, or "none" for a link that does not expire.`,
    );
    this.name = "ExpiryError";
  }
}

/** "7d" → milliseconds; "none" or "" → null (no expiry). Anything outside 1 hour..1 year is refused. */
export function parseExpiry(input: string): number | null {
  const text = input.trim().toLowerCase();
  if (text === "" || text === "none" || text === "never") return null;
  const match = /^(\d{1,4})\s*([hdwy])$/.exec(text);
  if (!match) throw new ExpiryError(input);
  const ms = Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
  if (ms < MIN_EXPIRY_MS || ms > MAX_EXPIRY_MS) throw new ExpiryError(input);
  return ms;
}
