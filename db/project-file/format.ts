/*
 * The project file, format `bridgewatch/1` (see DATA-FORMAT.md in the shared folder): one JSON
 * document holding one project's whole record. This is its shape, strict: an unknown field is
 * an error, so a typo is never silently dropped. It checks only the shape (which fields, of
 * which JSON type); what the values mean (dates, kinds, limits) is checked by each record
 * type's own form schema when importing (./check.ts), so a file obeys exactly the forms' rules.
 * Optional fields may be null or left out; the export writes them as null.
 */
import { z } from "zod";

export const FORMAT = "bridgewatch/1";

/** A missing field and a field of the wrong JSON type, in the file's words. */
const expected = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : `expected ${what}`),
});

const text = z.string(expected("text"));
const optionalText = z.string(expected("text or null")).nullable().default(null);
const number = z.number(expected("a number"));
const textList = z.array(text, expected("a list of texts")).default([]);

/** The key a record is known by in the file; other records point at it. */
const key = z.string(expected("a key (text)")).min(1, "a key cannot be empty").max(100, "a key has at most 100 characters");
const ref = (what: string) => z.string(expected(`the key of a ${what}`));

export const fileProjectSchema = z.strictObject(
  { slug: text, name: text, summary: text, location: text, parties: textList },
  expected("an object with slug, name, summary, location and parties"),
);

export const fileSourceSchema = z.strictObject({
  key,
  outlet: text,
  title: text,
  url: optionalText,
  published: text,
  kind: text,
  /** The key of the source that carried this one. */
  via: ref("source").nullable().default(null),
});

export const fileMilestoneSchema = z.strictObject({
  key,
  kind: text,
  label: optionalText,
  title: text,
  planned: optionalText,
  actual: optionalText,
  status: text,
  sources: z.array(ref("source"), expected("a list of source keys")).min(1, "a milestone cites at least one source"),
});

export const fileForecastSchema = z.strictObject({
  key,
  completion: optionalText,
  derived: z
    .strictObject({ from: ref("milestone"), duration: text }, expected('an object {"from": milestone key, "duration": "P18M"} or null'))
    .nullable()
    .default(null),
  claimed: text,
  source: ref("source"),
  accepted: z.boolean(expected("true or false")).default(true),
  note: optionalText,
});

export const fileReportSchema = z.strictObject({
  key,
  observed: text,
  published: optionalText,
  percent: z.number(expected("a number or null")).nullable().default(null),
  measured: z
    .strictObject({ done: number, total: number, unit: text }, expected('an object {"done", "total", "unit"} or null'))
    .nullable()
    .default(null),
  scope: optionalText,
  summary: text,
  source: ref("source"),
  evidence: text,
  confidence: text,
});

export const fileEventSchema = z.strictObject({
  key,
  date: text,
  title: text,
  summary: optionalText,
  category: text,
  parties: textList,
  source: ref("source"),
});

export const fileFactSchema = z.strictObject({
  key,
  attribute: text,
  /** One number, or a range as [low, high]. */
  value: z.union([number, z.tuple([number, number])], { error: "expected a number, or a range [low, high]" }),
  unit: optionalText,
  qualifier: optionalText,
  asOf: optionalText,
  source: ref("source"),
});

/** The lists of the file, in the order they are written and imported; each record's schema. */
export const FILE_LISTS = {
  sources: fileSourceSchema,
  milestones: fileMilestoneSchema,
  forecasts: fileForecastSchema,
  reports: fileReportSchema,
  events: fileEventSchema,
  facts: fileFactSchema,
} as const;

export type FileList = keyof typeof FILE_LISTS;
export const FILE_LIST_NAMES = Object.keys(FILE_LISTS) as FileList[];

const list = <S extends z.ZodType>(item: S, what: string) => z.array(item, expected(`a list of ${what}`)).default([]);

export const projectFileSchema = z.strictObject({
  format: z.literal(FORMAT, { error: `expected "${FORMAT}"` }),
  project: fileProjectSchema,
  sources: list(fileSourceSchema, "sources"),
  milestones: list(fileMilestoneSchema, "milestones"),
  forecasts: list(fileForecastSchema, "forecasts"),
  reports: list(fileReportSchema, "reports"),
  events: list(fileEventSchema, "events"),
  facts: list(fileFactSchema, "facts"),
});

/** A project file as read, and as the export writes it: every field present, absent values null. */
export type ProjectFile = z.output<typeof projectFileSchema>;
export type FileProject = ProjectFile["project"];
export type FileSource = ProjectFile["sources"][number];
export type FileMilestone = ProjectFile["milestones"][number];
export type FileForecast = ProjectFile["forecasts"][number];
export type FileReport = ProjectFile["reports"][number];
export type FileEvent = ProjectFile["events"][number];
export type FileFact = ProjectFile["facts"][number];
