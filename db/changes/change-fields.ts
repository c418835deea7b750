/*
 * How an audit entry's row reads, per record type: each field a reader knows from the record's
 * form, under the form's label, read from the stored columns (db/schema.ts, as the audit trail
 * keeps them in JSON). A vague date reads as its wording, a code as its label, a cited row by its
 * name. Ids and bookkeeping columns are not fields, so they never show.
 *
 * The labels repeat those of db/records' forms, which carry zod and stay out of the dashboard's
 * bundle; tests/unit/change-words.test.ts checks that every label here is its form's.
 */
import { parseDuration } from "../domain/duration";
import { formatFuzzyDate } from "../domain/fuzzy-date";
import { formatNumber, formatValue } from "../domain/units";
import { CONFIDENCE, EVENT_CATEGORY, MILESTONE_KIND, MILESTONE_STATUS, SOURCE_KIND } from "../records/vocabulary";

export type Row = Record<string, unknown>;

/** What cited rows are called, by id, when the caller knows them. */
export interface ChangeNames {
  sourceNames?: Record<string, string>;
  milestoneNames?: Record<string, string>;
}

export interface FieldReading {
  label: string;
  /** The value in words; null when the record has none. */
  read(row: Row, names: ChangeNames): string | null;
}

export interface EntityWords {
  /** The record's short name, as quoted in the title; `nameByColumn` unless told. */
  name?(row: Row, names: ChangeNames): string | null;
  fields: readonly FieldReading[];
}

const text = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** A record's name when its entry says nothing else: its title, name, outlet or label column. */
export const nameByColumn = (row: Row): string | null => {
  for (const key of ["title", "name", "outlet", "label"]) {
    const name = text(row[key]);
    if (name) return name;
  }
  return null;
};

const column = (label: string, key: string): FieldReading => ({ label, read: (row) => text(row[key]) });

/** A vague date's three columns as its wording; a plain ISO wording reads as days in words. */
const fuzzy = (label: string, field: string): FieldReading => ({
  label,
  read: (row) => {
    const wording = text(row[`${field}Text`]);
    const earliest = text(row[`${field}Earliest`]);
    const latest = text(row[`${field}Latest`]);
    if (!earliest || !latest) return wording;
    return formatFuzzyDate({ earliest, latest, text: wording ?? "" });
  },
});

const coded = (label: string, key: string, labels: Readonly<Record<string, string>>): FieldReading => ({
  label,
  read: (row) => {
    const code = text(row[key]);
    return code === null ? null : (labels[code] ?? "Other");
  },
});

/** A source or milestone is named, never shown by its id. */
const nameOf = (id: unknown, known: Record<string, string> | undefined, unknown: string) =>
  typeof id === "string" ? (known?.[id] ?? unknown) : null;
const source = (label: string, key: string): FieldReading => ({
  label,
  read: (row, names) => nameOf(row[key], names.sourceNames, "a source not listed here"),
});

const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

const percentOf = (row: Row) => {
  const n = num(row.percentComplete);
  return n === null ? null : `${formatNumber(n)}%`;
};

const amount = (label: string, key: string): FieldReading => ({
  label,
  read: (row) => {
    const n = num(row[key]);
    return n === null ? null : formatNumber(n);
  },
});

const durationWords = (iso: unknown) => {
  const s = text(iso);
  if (!s) return null;
  const parsed = parseDuration(s);
  return parsed.ok ? parsed.value.words : s;
};

const factValue = (row: Row) => {
  const low = num(row.valueLow);
  const high = num(row.valueHigh);
  if (low === null || high === null) return null;
  return low === high ? formatNumber(low) : `${formatNumber(low)} to ${formatNumber(high)}`;
};

function reportName(row: Row): string {
  const [done, total, unit] = [num(row.measuredDone), num(row.measuredTotal), text(row.measuredUnit)];
  const figure =
    done !== null && total !== null && unit
      ? `${formatNumber(done)} ${unit} of ${formatNumber(total)} ${unit}`
      : (percentOf(row) ?? "qualitative");
  const scope = text(row.scope);
  return scope ? `${figure}, ${scope}` : figure;
}

function forecastName(row: Row, names: ChangeNames): string {
  const window = fuzzy("", "window").read(row, names);
  if (window) return `completion ${window}`;
  const from = nameOf(row.derivedFromMilestoneId, names.milestoneNames, "a milestone");
  return `completion ${durationWords(row.derivedDuration) ?? "some time"} after ${from}`;
}

export const ENTITY_WORDS: Readonly<Record<string, EntityWords>> = {
  progress_report: {
    name: reportName,
    fields: [
      fuzzy("Observed on", "observed"),
      fuzzy("Published on", "published"),
      column("Part measured", "scope"),
      { label: "Percent complete", read: percentOf },
      amount("Measured: done", "measuredDone"),
      amount("Measured: of total", "measuredTotal"),
      column("Measured: unit", "measuredUnit"),
      source("Source", "sourceId"),
      coded("Evidence", "evidenceKind", SOURCE_KIND.labels),
      coded("Confidence", "confidence", CONFIDENCE.labels),
      column("Summary", "summary"),
    ],
  },
  milestone: {
    name: (row) => text(row.title),
    fields: [
      column("Title", "title"),
      coded("Kind", "kind", MILESTONE_KIND.labels),
      column("Stage", "label"),
      fuzzy("Planned", "planned"),
      fuzzy("Actual", "actual"),
      coded("Status", "status", MILESTONE_STATUS.labels),
      {
        label: "Source",
        read: (row, names) => {
          const cited = list(row.sourceIds).map((id) => nameOf(id, names.sourceNames, "a source not listed here")!);
          return cited.length ? [...new Set(cited)].join(", ") : null;
        },
      },
    ],
  },
  completion_forecast: {
    name: forecastName,
    fields: [
      fuzzy("Completion expected", "window"),
      fuzzy("Claimed on", "claimed"),
      { label: "Or: counted from milestone", read: (row, names) => nameOf(row.derivedFromMilestoneId, names.milestoneNames, "a milestone not listed here") },
      { label: "Duration after it", read: (row) => durationWords(row.derivedDuration) },
      source("Source", "sourceId"),
      column("Note", "note"),
      { label: "Accepted", read: (row) => (typeof row.accepted === "boolean" ? (row.accepted ? "Yes" : "No") : null) },
    ],
  },
  event: {
    fields: [
      fuzzy("Date", "date"),
      column("Title", "title"),
      coded("Category", "category", EVENT_CATEGORY.labels),
      { label: "Parties", read: (row) => list(row.parties).join(", ") || null },
      source("Source", "sourceId"),
      column("Summary", "summary"),
    ],
  },
  source: {
    name: (row) => text(row.outlet),
    fields: [
      column("Outlet", "outlet"),
      column("Title", "title"),
      coded("Kind", "kind", SOURCE_KIND.labels),
      fuzzy("Published", "published"),
      source("Carried by", "viaSourceId"),
      column("Link", "url"),
    ],
  },
  project_fact: {
    name: (row) => {
      const value = factValue(row);
      const attribute = text(row.attribute);
      return attribute && value ? `${attribute}: ${formatValue({ low: num(row.valueLow)!, high: num(row.valueHigh)! }, text(row.unit))}` : attribute;
    },
    fields: [
      column("Attribute", "attribute"),
      { label: "Value", read: factValue },
      column("Unit", "unit"),
      column("Qualifier", "qualifier"),
      fuzzy("As of", "asOf"),
      source("Source", "sourceId"),
    ],
  },
  project: {
    fields: [
      column("Name", "name"),
      column("Summary", "summary"),
      column("Location", "location"),
      { label: "Parties", read: (row) => list(row.parties).join(", ") || null },
    ],
  },
  share_link: {
    fields: [
      column("Label", "label"),
      { label: "Expires", read: (row) => day(row.expiresAt) },
      { label: "Revoked", read: (row) => day(row.revokedAt) },
      { label: "Sites that may embed it", read: (row) => list(row.embedOrigins).join(", ") || null },
    ],
  },
};

/** An instant as its calendar day in UTC, in words. */
function day(v: unknown): string | null {
  const s = text(v);
  if (!s || !/^\d{4}-\d{2}-\d{2}/.test(s)) return null;
  const iso = s.slice(0, 10);
  return formatFuzzyDate({ earliest: iso, latest: iso, text: "" });
}
