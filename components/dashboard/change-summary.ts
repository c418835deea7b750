/* Compact wording of an audit entry's before/after values, for the recent-changes list. */

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** Bookkeeping columns that change on every write and say nothing to a reader. */
const IGNORED = new Set(["id", "version", "createdAt", "updatedAt", "recordedAt", "projectId"]);
const MAX_VALUE = 40;
const MAX_FIELDS = 4;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/** "plannedText" → "planned text". */
const humanize = (key: string) => key.replace(/_/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

export function changedFields(before: unknown, after: unknown): { fields: FieldChange[]; more: number } {
  if (!isRecord(before) || !isRecord(after)) return { fields: [], more: 0 };
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => !IGNORED.has(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  const fields = keys.slice(0, MAX_FIELDS).map((k) => ({ field: humanize(k), before: show(before[k]), after: show(after[k]) }));
  return { fields, more: Math.max(0, keys.length - MAX_FIELDS) };
}

/** The record's own name, if it has one: title, name, outlet or label. */
export function recordName(before: unknown, after: unknown): string | null {
  for (const v of [after, before]) {
    if (!isRecord(v)) continue;
    for (const key of ["title", "name", "outlet", "label"]) {
      const name = v[key];
      if (typeof name === "string" && name) return show(name);
    }
  }
  return null;
}

export function describeAction(action: string, entity: string): string {
  return `${humanize(action)} ${humanize(entity)}`;
}
