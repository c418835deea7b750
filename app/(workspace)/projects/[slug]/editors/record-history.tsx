"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { changeNames, isRestorable, summarizeChange } from "@/components/dashboard/change-summary";
import { FieldChanges } from "@/components/dashboard/field-changes";
import { projectDashboardQuery } from "@/components/query/dashboard-query";
import { formatInstant } from "@/components/format";
import type { ChangeData } from "@/db/dashboard-data";
import type { HistoryEntity } from "@/db/records/names";
import { RestoreButton } from "./restore-button";
import { useDashboardData } from "./use-record-mutation";

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

/** One record's own history, newest first: what happened in words, who, when, and each value before → after. */
export function RecordHistory({ slug, entity, id, name }: RecordHistoryProps) {
  // Under the dashboard's key, so a saved change refreshes an open history with the dashboard.
  const { data, error, isPending } = useQuery({
    queryKey: [...projectDashboardQuery(slug).key, "history", entity, id],
    queryFn: ({ signal }) => fetchHistory(slug, entity, id, signal),
  });
  const dashboard = useDashboardData(slug);
  const names = useMemo(() => changeNames(dashboard, data ?? []), [dashboard, data]);
  if (isPending) return <p className="muted small">Loading the history…</p>;
  if (error) return <p className="field-error">{error.message}</p>;
  if (data.length === 0) return <p className="muted small">No recorded changes.</p>;
  return (
    <ol className="changes record-history" aria-label={`History of ${name}`}>
      {data.map((entry) => {
        const { title, fields } = summarizeChange(entry, names);
        return (
          <li key={entry.id} className="changes__item">
            <p className="changes__head">
              <time dateTime={entry.at}>{formatInstant(entry.at)}</time>
              <span className="changes__title">{title}</span>
              <span className="changes__actor">by {entry.actor}</span>
            </p>
            <FieldChanges fields={fields} />
            {isRestorable(entry, data) && <RestoreButton slug={slug} change={entry} />}
          </li>
        );
      })}
    </ol>
  );
}
