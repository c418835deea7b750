"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { changeNames, isRestorable, summarizeChange } from "@/components/dashboard/change-summary";
import { ChangeHead } from "@/components/dashboard/change-head";
import { FieldChanges } from "@/components/dashboard/field-changes";
import { projectDashboardQuery } from "@/components/query/dashboard-query";
import type { HistoryEntity } from "@/db/records/names";
import { fetchEntries } from "./fetch-entries";
import { RestoreButton } from "./restore-button";
import { useDashboardData } from "./use-record-mutation";

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
    queryFn: ({ signal }) =>
      fetchEntries(`/api/projects/${encodeURIComponent(slug)}/history?entity=${entity}&id=${encodeURIComponent(id)}`, "the history", signal),
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
            <ChangeHead change={entry} title={title} />
            <FieldChanges fields={fields} />
            {isRestorable(entry, data) && <RestoreButton slug={slug} change={entry} />}
          </li>
        );
      })}
    </ol>
  );
}
