"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { ChangeHead } from "@/components/dashboard/change-head";
import { changeNames, summarizeChange } from "@/components/dashboard/change-summary";
import { projectDashboardQuery } from "@/components/query/dashboard-query";
import { pluralOf, RECORD_NAMES, type HistoryEntity, type RecordType } from "@/db/records/names";
import { fetchEntries } from "./fetch-entries";
import { RestoreButton } from "./restore-button";
import { useDashboardData } from "./use-record-mutation";

function DeletedList({ slug, entity, plural }: { slug: string; entity: HistoryEntity; plural: string }) {
  // Under the dashboard's key, so a restore refreshes the list with the dashboard.
  const { data, error, isPending } = useQuery({
    queryKey: [...projectDashboardQuery(slug).key, "deleted", entity],
    queryFn: ({ signal }) => fetchEntries(`/api/projects/${encodeURIComponent(slug)}/deleted?entity=${entity}`, `the deleted ${plural}`, signal),
  });
  const dashboard = useDashboardData(slug);
  const names = useMemo(() => changeNames(dashboard, data ?? []), [dashboard, data]);
  if (isPending) return <p className="muted small">Loading the deleted {plural}…</p>;
  if (error) return <p className="field-error">{error.message}</p>;
  if (data.length === 0) return <p className="muted small">No deleted {plural} to restore.</p>;
  return (
    <ol className="changes record-history" aria-label={`Deleted ${plural}`}>
      {data.map((entry) => (
        <li key={entry.id} className="changes__item">
          <ChangeHead change={entry} title={summarizeChange(entry, names).title} />
          <RestoreButton slug={slug} change={entry} />
        </li>
      ))}
    </ol>
  );
}

/**
 * The type's records deleted and not restored since, however long ago: Recent changes offers
 * a restore only among its last entries, this list for every deleted record. Read when opened.
 */
export function DeletedRecords({ slug, type }: { slug: string; type: RecordType }) {
  const names = RECORD_NAMES[type];
  const [open, setOpen] = useState(false);
  return (
    <details className="editor__manage editor__deleted" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Deleted {pluralOf(names)}</summary>
      {open && <DeletedList slug={slug} entity={names.entity} plural={pluralOf(names)} />}
    </details>
  );
}
