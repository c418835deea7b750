"use client";

import { useQuery } from "@tanstack/react-query";
import { describeAction } from "@/components/dashboard/change-summary";
import { projectDashboardQuery } from "@/components/query/dashboard-query";
import { formatInstant } from "@/components/format";
import type { ChangeData } from "@/db/dashboard-data";
import type { HistoryEntity } from "@/db/queries/history";

/** Bookkeeping columns that change on every write and say nothing to a reader. */
const IGNORED = new Set(["id", "version", "createdAt", "updatedAt", "recordedAt", "projectId", "recordedBy"]);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const show = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : typeof v === "string" ? v : JSON.stringify(v));
const humanize = (key: string) => key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

/** Every field the entry touched, in full: unlike the recent-changes summary, nothing is cut. */
function fieldsOf(entry: ChangeData): { field: string; before: string | null; after: string | null }[] {
  const before = isRecord(entry.before) ? entry.before : null;
  const after = isRecord(entry.after) ? entry.after : null;
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => !IGNORED.has(k));
  return keys
    .filter((k) => !before || !after || JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => ({ field: humanize(k), before: before && show(before[k]), after: after && show(after[k]) }));
}

async function fetchHistory(slug: string, entity: HistoryEntity, id: string, signal: AbortSignal): Promise<ChangeData[]> {
  const url = `/api/projects/${encodeURIComponent(slug)}/history?entity=${entity}&id=${encodeURIComponent(id)}`;
  const response = await fetch(url, { signal, cache: "no-store", headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`Could not load the history (HTTP ${response.status}).`);
  return ((await response.json()) as { entries: ChangeData[] }).entries;
}

interface RecordHistoryProps {
  slug: string;
  entity: HistoryEntity;
  id: string;
  /** The record's name, for the list's accessible name. */
  name: string;
}

/** One record's own history, newest first: who, when, and each value before → after. */
export function RecordHistory({ slug, entity, id, name }: RecordHistoryProps) {
  // Under the dashboard's key, so a saved change refreshes an open history with the dashboard.
  const { data, error, isPending } = useQuery({
    queryKey: [...projectDashboardQuery(slug).key, "history", entity, id],
    queryFn: ({ signal }) => fetchHistory(slug, entity, id, signal),
  });
  if (isPending) return <p className="muted small">Loading the history…</p>;
  if (error) return <p className="field-error">{error.message}</p>;
  if (data.length === 0) return <p className="muted small">No recorded changes.</p>;
  return (
    <ol className="changes record-history" aria-label={`History of ${name}`}>
      {data.map((entry) => (
        <li key={entry.id} className="changes__item">
          <p className="changes__head">
            <time dateTime={entry.at}>{formatInstant(entry.at)}</time>
            <span>
              <strong>{entry.actor}</strong> {describeAction(entry.action, entry.entity)}
            </span>
          </p>
          <ul className="changes__fields">
            {fieldsOf(entry).map((f) => (
              <li key={f.field}>
                <span className="changes__field">{f.field}</span>{" "}
                {f.before !== null && <del>{f.before}</del>}
                {f.before !== null && f.after !== null && (
                  <>
                    {" "}
                    <span aria-hidden="true">→</span>
                    <span className="visually-hidden"> changed to </span>{" "}
                  </>
                )}
                {f.after !== null && <ins>{f.after}</ins>}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
