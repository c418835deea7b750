/* An audit entry as the recent-changes list and a record's history show it: db/changes' words, fitted to a list. */
import { describeChange, type ChangeField, type ChangeNames } from "@/db/changes/change-words";
import type { ChangeData, MilestoneData, SourceData } from "@/db/dashboard-data";

export type { ChangeField } from "@/db/changes/change-words";

interface Limits {
  /** Fields listed; the rest are counted in `more`. */
  maxFields?: number;
  /** Characters of a value before it is cut with "…". */
  maxValue?: number;
  /** List fields only for a correction, not for an add, a delete or a restore, whose title names the record. */
  correctionsOnly?: boolean;
}

const cut = (value: string | null, max: number) => (value !== null && value.length > max ? `${value.slice(0, max - 1)}…` : value);

export interface ChangeSummary {
  title: string;
  /** The fields listed, each value cut to the limits. */
  fields: ChangeField[];
  /** Fields beyond those listed. */
  more: number;
  /** Every field in full, and whether `fields` left anything out of it. */
  complete: ChangeField[];
  shortened: boolean;
}

/** The entry's title and its fields before → after; without limits, in full. */
export function summarizeChange(change: ChangeData, names: ChangeNames, limits: Limits = {}): ChangeSummary {
  const { maxFields = Infinity, maxValue = Infinity, correctionsOnly = false } = limits;
  const { title, fields: all } = describeChange(change, names);
  const complete = correctionsOnly && change.action !== "update" ? [] : all;
  const fields = complete.slice(0, maxFields).map((f) => ({ ...f, before: cut(f.before, maxValue), after: cut(f.after, maxValue) }));
  const shortened = fields.length < complete.length || fields.some((f, i) => f.before !== complete[i]!.before || f.after !== complete[i]!.after);
  return { title, fields, more: complete.length - fields.length, complete, shortened };
}

const isRow = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Who the cited rows are, by id: the project's sources and milestones, and those the entries
 * themselves name, so a source deleted since is still called by its outlet.
 */
export function changeNames(
  { sources, milestones }: { sources: readonly SourceData[]; milestones: readonly MilestoneData[] },
  changes: readonly ChangeData[],
): Required<ChangeNames> {
  const sourceNames: Record<string, string> = {};
  const milestoneNames: Record<string, string> = {};
  for (const c of changes) {
    for (const row of [c.before, c.after]) {
      if (!isRow(row)) continue;
      if (c.entity === "source" && typeof row.outlet === "string") sourceNames[c.entityId] = row.outlet;
      if (c.entity === "milestone" && typeof row.title === "string") milestoneNames[c.entityId] = row.title;
    }
  }
  for (const s of sources) sourceNames[s.id] = s.outlet;
  for (const m of milestones) milestoneNames[m.id] = m.title;
  return { sourceNames, milestoneNames };
}

/** A deleted record that no later entry in the list brought back: one an editor may restore. */
export function isRestorable(change: ChangeData, changes: readonly ChangeData[]): boolean {
  return change.action === "delete" && !changes.some((c) => c.entityId === change.entityId && c.entity === change.entity && c.id > change.id);
}
