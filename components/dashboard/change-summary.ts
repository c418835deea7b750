/* An audit entry's before/after values in words, for the recent-changes list and a record's history. */

export interface FieldChange {
  field: string;
  /** Null when the entry has no value before (a create) or after (a delete). */
  before: string | null;
  after: string | null;
}

/** Bookkeeping columns that change on every write and say nothing to a reader. */
const IGNORED = new Set(["id", "version", "createdAt", "updatedAt", "recordedAt", "projectId", "recordedBy"]);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function show(value: unknown, maxLength: number): string {
  if (value === null || value === undefined || value === "") return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

/** "plannedText" → "planned text". */
const humanize = (key: string) => key.replace(/_/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

interface Limits {
  /** Fields listed; the rest are counted in `more`. */
  maxFields?: number;
  /** Characters of a value before it is cut with "…". */
  maxValue?: number;
  /** List fields only when both sides exist (a correction), not for a create or a delete. */
  correctionsOnly?: boolean;
}

/** The fields the entry changed, each before → after; without limits, in full. */
export function changedFields(before: unknown, after: unknown, limits: Limits = {}): { fields: FieldChange[]; more: number } {
  const { maxFields = Infinity, maxValue = Infinity, correctionsOnly = false } = limits;
  const was = isRecord(before) ? before : null;
  const is = isRecord(after) ? after : null;
  if (correctionsOnly && (!was || !is)) return { fields: [], more: 0 };
  const keys = [...new Set([...Object.keys(was ?? {}), ...Object.keys(is ?? {})])].filter(
    (k) => !IGNORED.has(k) && (!was || !is || JSON.stringify(was[k]) !== JSON.stringify(is[k])),
  );
  const fields = keys.slice(0, maxFields).map((k) => ({
    field: humanize(k),
    before: was && show(was[k], maxValue),
    after: is && show(is[k], maxValue),
  }));
  return { fields, more: Math.max(0, keys.length - fields.length) };
}

/** The record's own name, if it has one: title, name, outlet or label. */
export function recordName(before: unknown, after: unknown): string | null {
  for (const v of [after, before]) {
    if (!isRecord(v)) continue;
    for (const key of ["title", "name", "outlet", "label"]) {
      const name = v[key];
      if (typeof name === "string" && name) return show(name, 40);
    }
  }
  return null;
}

export function describeAction(action: string, entity: string): string {
  return `${humanize(action)} ${humanize(entity)}`;
}
