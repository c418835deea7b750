/*
 * The fields record inputs are made of. Inputs arrive as untrusted values (a raw POST can send
 * anything), so each field trims, bounds and checks; what passes can be written as is.
 */
import { z } from "zod";
import { parseDuration } from "../domain/duration";
import { isValidIsoDay } from "../domain/calendar-day";
import { ACCEPTED_FORMS, tryParseFuzzyDate } from "../domain/fuzzy-date";

export const LIMITS = {
  title: 200,
  summary: 2000,
  outlet: 120,
  note: 500,
  party: 80,
  parties: 12,
  url: 2000,
  dateText: 60,
  slug: 100,
  unit: 40,
  attribute: 80,
} as const;

// C0, DEL and C1 controls. Multi-line text keeps tab and newline (CRLF is folded to LF first).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_EXCEPT_TAB_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// int4: the version column's range.
const MAX_VERSION = 2_147_483_647;

function plainText(what: string, max: number, multiline = false) {
  const control = multiline ? CONTROL_EXCEPT_TAB_NEWLINE : CONTROL;
  return z
    .string({ error: `Enter ${what}.` })
    .transform((s) => (multiline ? s.replace(/\r\n?/g, "\n") : s).trim())
    .pipe(
      z
        .string()
        .max(max, `At most ${max} characters.`)
        // Lone surrogates cannot be stored as JSON in the audit trail.
        .refine((s) => s.isWellFormed(), "Contains characters that are not valid text.")
        .refine((s) => !control.test(s), multiline ? "Remove control characters (tabs and line breaks are fine)." : "Remove control characters and line breaks."),
    );
}

export const requiredText = (what: string, max: number, multiline = false) =>
  plainText(what, max, multiline).pipe(z.string().min(1, `Enter ${what}.`));

/** Empty, null or missing: no value. */
const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

export const optionalText = (what: string, max: number, multiline = false) =>
  z.preprocess((v) => (blank(v) ? null : v), plainText(what, max, multiline).nullable());

const acceptedForms = `Accepted forms: ${ACCEPTED_FORMS.join(", ")}.`;

/** A fuzzy date typed as words ("mid-2026", "Q3 2026", "2025-04-30"): its window and its wording. */
export const fuzzyDate = (what: string) =>
  requiredText(what, LIMITS.dateText).transform((text, ctx) => {
    const parsed = tryParseFuzzyDate(text);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: "custom", message: `Cannot read "${text}" as a date. ${acceptedForms}` });
    return z.NEVER;
  });

export const optionalFuzzyDate = (what: string) => z.preprocess((v) => (blank(v) ? null : v), fuzzyDate(what).nullable());

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const inYears = (iso: string) => Number(iso.slice(0, 4)) >= MIN_YEAR && Number(iso.slice(0, 4)) <= MAX_YEAR;

/** One calendar day, "YYYY-MM-DD", between 1900 and 2100. */
export const isoDay = (what: string) =>
  z
    .string({ error: `Enter ${what} as YYYY-MM-DD.` })
    .trim()
    .refine((s) => isValidIsoDay(s) && inYears(s), `Enter ${what} as a calendar day, YYYY-MM-DD (e.g. 2025-04-30).`);

export const optionalIsoDay = (what: string) => z.preprocess((v) => (blank(v) ? null : v), isoDay(what).nullable());

const PERCENT_MESSAGE = "Enter a percentage from 0 to 100, or leave it empty for a qualitative report.";

/** 0 to 100 (a form sends it as text); empty means a qualitative report without a figure. Kept to one decimal. */
export const percent = z.preprocess(
  (v) => (blank(v) ? null : typeof v === "string" ? Number(v.trim().replace(/%$/, "")) : v),
  z
    .number({ error: PERCENT_MESSAGE })
    .min(0, PERCENT_MESSAGE)
    .max(100, PERCENT_MESSAGE)
    .transform((n) => Math.round(n * 10) / 10)
    .nullable(),
);

/** An http or https address, or nothing. Other schemes (javascript:, data:, file:) are refused. */
export const optionalUrl = z.preprocess(
  (v) => (blank(v) ? null : v),
  z
    .string({ error: "Enter a link starting with http:// or https://." })
    .trim()
    .max(LIMITS.url, `At most ${LIMITS.url} characters.`)
    .refine(isHttpUrl, "Enter a link starting with http:// or https://.")
    .nullable(),
);

function isHttpUrl(s: string): boolean {
  if (!/^https?:\/\/[^\s]+$/i.test(s) || CONTROL.test(s)) return false;
  try {
    const url = new URL(s);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

export const choice = <const T extends readonly [string, ...string[]]>(values: T, message: string) => z.enum(values, { error: message });

/** The id of a source of the project. Which project it belongs to is checked when writing. */
export const sourceId = z.uuid({ error: "Choose a source." });

export const slug = z
  .string({ error: "The project is missing." })
  .trim()
  .max(LIMITS.slug, "The project is missing.")
  .regex(/^[a-z0-9][a-z0-9-]*$/, "The project is missing.");

export const rowId = z.uuid({ error: "This record does not exist." });
export const version = z
  .number({ error: "Reload the record and try again." })
  .int("Reload the record and try again.")
  .min(1, "Reload the record and try again.")
  .max(MAX_VERSION, "Reload the record and try again.");

export const parties = z.preprocess(
  (v) => (typeof v === "string" ? v.split(",") : blank(v) ? [] : v),
  z
    .array(plainText("a party", LIMITS.party), { error: "List the parties, separated by commas." })
    .transform((list) => [...new Set(list.filter((p) => p !== ""))])
    .pipe(z.array(z.string()).max(LIMITS.parties, `At most ${LIMITS.parties} parties.`)),
);

/** What a form says under every vague-date field. */
export const FUZZY_DATE_HINT = `Exact or vague: ${ACCEPTED_FORMS.join(", ")}.`;

/** A source cited as the carrier of another, or nothing. */
export const optionalSourceId = z.preprocess((v) => (blank(v) ? null : v), z.uuid({ error: "Choose a source, or none." }).nullable());

/** The milestone a derived claim counts from, or nothing. Which project it belongs to is checked when writing. */
export const optionalMilestoneId = z.preprocess((v) => (blank(v) ? null : v), z.uuid({ error: "Choose a milestone." }).nullable());

// "1,200" and "1 200" group thousands; a decimal point, never a decimal comma, so "1,2" is refused.
const NUMBER = /^-?(?:\d{1,3}(?:[, ]\d{3})+|\d+)(?:\.\d+)?$/;
const readNumber = (s: string): number | null => (NUMBER.test(s) ? Number(s.replace(/[, ]/g, "")) : null);

/** A number typed as text ("1,200", "0.35") or sent as one; at least 0; empty means none. */
export const optionalAmount = (what: string) =>
  z.preprocess(
    (v) => (blank(v) ? null : typeof v === "string" ? (readNumber(v.trim()) ?? Number.NaN) : v),
    z
      .number({ error: `Enter ${what} as a number, e.g. 90 or 1,200.5.` })
      .refine(Number.isFinite, `Enter ${what} as a number, e.g. 90 or 1,200.5.`)
      .min(0, `Enter ${what} as a number of 0 or more.`)
      .max(1e15, `Enter ${what} below 10^15.`)
      .nullable(),
  );

const VALUE_MESSAGE = 'Enter a number ("1.2", "1,200") or a range ("1.1 to 1.3", "1.1–1.3").';

function readValue(v: unknown): { low: number; high: number } | null {
  if (typeof v === "number") return Number.isFinite(v) ? { low: v, high: v } : null;
  if (Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === "number" && Number.isFinite(n))) {
    return { low: v[0] as number, high: v[1] as number };
  }
  if (typeof v !== "string") return null;
  const parts = v.trim().split(/\s*(?:–|—|\bto\b|(?<=\d)\s*-\s*(?=\d))\s*/);
  const numbers = parts.map(readNumber);
  if (numbers.some((n) => n === null) || numbers.length > 2) return null;
  const [low, high = low] = numbers as number[];
  return { low: low!, high: high! };
}

/** A fact's value: one number, or a range written as text or sent as a [low, high] pair. */
export const factValue = z.unknown().transform((v, ctx) => {
  const value = readValue(v);
  if (value && value.low <= value.high && Math.abs(value.high) < 1e15) return value;
  ctx.addIssue({ code: "custom", message: value ? "A range runs from the lower number to the higher." : VALUE_MESSAGE });
  return z.NEVER;
});

/** A duration after a milestone ("P18M", "18 months"), stored in ISO 8601 as the claim gave it; empty means none. */
export const optionalDuration = z.preprocess(
  (v) => (blank(v) ? null : v),
  requiredText("a duration (e.g. 18 months or P18M)", LIMITS.dateText)
    .transform((text, ctx) => {
      const parsed = parseDuration(text);
      if (parsed.ok) return parsed.value.iso;
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    })
    .nullable(),
);
