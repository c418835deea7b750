/*
 * An audit entry in words: which record, what happened to it, and each field a reader knows
 * before → after, under the form's label and in the form's wording. Pure and free of zod, so
 * the dashboard, a record's history and the Atom feed all read entries the same way.
 */
import type { ChangeData } from "../dashboard-data";
import { ENTITY_WORDS, nameByColumn, type ChangeNames, type EntityWords, type Row } from "./change-fields";

export type { ChangeNames } from "./change-fields";

export interface ChangeField {
  label: string;
  /** Null when the entry has no record before (an add or a restore) or after (a delete). */
  before: string | null;
  after: string | null;
}

export interface ChangeWords {
  title: string;
  fields: ChangeField[];
}

const DONE: Readonly<Record<string, string>> = {
  create: "added",
  update: "corrected",
  delete: "deleted",
  restore: "restored",
  revoke: "revoked",
  disable: "disabled",
  "set-role": "given a new role",
  "set-password": "given a new password",
  "end-sessions": "signed out",
};

/** Shown for a field the record holds empty, beside a side that holds a value. */
export const EMPTY = "—";

const isRow = (v: unknown): v is Row => typeof v === "object" && v !== null && !Array.isArray(v);

/** "progress_report" → "Progress report": the start of an entry's title, for every entity. */
const nounOf = (entity: string) => {
  const words = entity.replace(/[_-]+/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().trim();
  return words.charAt(0).toUpperCase() + words.slice(1) || "Record";
};

const UNKNOWN: EntityWords = { fields: [] };

export function describeChange(change: ChangeData, names: ChangeNames = {}): ChangeWords {
  const words = ENTITY_WORDS[change.entity] ?? UNKNOWN;
  const was = isRow(change.before) ? change.before : null;
  const is = isRow(change.after) ? change.after : null;
  const nameOf = (row: Row) => (words.name ?? nameByColumn)(row, names);
  const name = (is && nameOf(is)) ?? (was && nameOf(was));
  const done = DONE[change.action] ?? change.action.replace(/[_-]+/g, " ");
  const title = `${nounOf(change.entity)} ${done}${name ? `: “${name}”` : ""}`;

  const fields: ChangeField[] = [];
  for (const field of words.fields) {
    const before = was && field.read(was, names);
    const after = is && field.read(is, names);
    if (was && is) {
      if (before !== after) fields.push({ label: field.label, before: before ?? EMPTY, after: after ?? EMPTY });
    } else if (before !== null || after !== null) {
      fields.push({ label: field.label, before, after });
    }
  }
  return { title, fields };
}
