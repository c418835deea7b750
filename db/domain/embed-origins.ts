/*
 * The sites that may embed a share link: origins, each written out whole. Strict on purpose:
 * every origin ends up in a Content-Security-Policy, so only the one canonical form is kept
 * (db/edge/frame-ancestors.mjs): https, or http on localhost and 127.0.0.1 for trying it out;
 * a host, an optional port; no path, query, user name or wildcard. The default port is dropped,
 * case folded, duplicates removed.
 */
import { z } from "zod";
import { isCanonicalOrigin } from "../edge/frame-ancestors.mjs";

export const MAX_EMBED_ORIGINS = 10;
const MAX_INPUT = 4000;
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

export type OriginCheck = { ok: true; origin: string } | { ok: false; message: string };

/** One origin as typed, checked and normalized, or why it cannot be used. */
export function normalizeOrigin(raw: string): OriginCheck {
  const typed = raw.trim();
  const bad = (why: string): OriginCheck => ({ ok: false, message: `"${typed.slice(0, 80)}" ${why}` });
  if (typed.includes("*")) return bad("has a wildcard: list each site exactly, e.g. https://news.example.");
  if (!/^https?:\/\//i.test(typed)) return bad("is not an origin: start it with https://, e.g. https://news.example.");
  let url: URL;
  try {
    url = new URL(typed);
  } catch {
    return bad("is not a valid address.");
  }
  if (url.username || url.password) return bad("has a user name in it: give the site only, e.g. https://news.example.");
  if (url.search || url.hash || typed.includes("?") || typed.includes("#")) return bad("has a query or fragment: give the site only, e.g. https://news.example.");
  if (url.pathname !== "/" || /^https?:\/\/[^/]+\/./i.test(typed)) return bad("has a path: give the site only, without anything after the host.");
  if (url.protocol === "http:" && !LOOPBACK.has(url.hostname)) return bad("uses http: only https sites may embed (http only for localhost and 127.0.0.1).");
  const origin = url.origin.toLowerCase();
  if (!isCanonicalOrigin(origin)) return bad("is not a host name this can check: use letters, digits, dots and hyphens.");
  return { ok: true, origin };
}

/** Origins as a form sends them: one per line, or separated by spaces or commas. */
export const splitOrigins = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/**
 * The allowlist of a share link: a text of origins (or a list of them) to the normalized,
 * de-duplicated list. Empty means the link cannot be embedded.
 */
export const embedOriginsSchema = z
  .union([z.string().max(MAX_INPUT, "That is too long for a list of sites."), z.array(z.string().max(300)).max(100)])
  .transform((value, ctx) => {
    const typed = typeof value === "string" ? splitOrigins(value) : value.flatMap(splitOrigins);
    const origins: string[] = [];
    for (const raw of typed) {
      const checked = normalizeOrigin(raw);
      if (!checked.ok) ctx.addIssue({ code: "custom", message: checked.message });
      else if (!origins.includes(checked.origin)) origins.push(checked.origin);
    }
    if (origins.length > MAX_EMBED_ORIGINS) ctx.addIssue({ code: "custom", message: `List at most ${MAX_EMBED_ORIGINS} sites.` });
    return origins;
  });
