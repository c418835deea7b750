"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { ChangeNames } from "@/db/changes/change-words";
import type { ChangeData, DashboardData } from "@/db/dashboard-data";
import { ChangeHead } from "./change-head";
import { changeNames, isRestorable, summarizeChange } from "./change-summary";
import { FieldChanges } from "./field-changes";
import { isNewSince, NewBadge, NewSinceCount, useLastVisit } from "./last-visit";

/** Changes shown before the rest fold away. */
const SHOWN = 6;

/*
 * The entry a page's control sits in (an editor's Restore button). A context, not a cloned prop:
 * an element a server page passes may arrive as a lazy node, which cannot be cloned.
 */
const ChangeEntry = createContext<ChangeData | null>(null);
export const useChangeEntry = () => useContext(ChangeEntry);

interface ItemProps {
  change: ChangeData;
  names: ChangeNames;
  isNew: boolean;
  control: ReactNode;
}

const LIMITS = { maxFields: 4, maxValue: 40 };

function ChangeItem({ change, names, isNew, control }: ItemProps) {
  // The list keeps an entry short; every field in full is one click away.
  const { title, fields, more, complete, shortened } = summarizeChange(change, names, LIMITS);
  return (
    <li className="changes__item" data-new={isNew || undefined}>
      <ChangeHead change={change} title={title}>
        {isNew && <NewBadge />}
      </ChangeHead>
      <FieldChanges fields={fields} more={more} />
      {shortened && (
        <details className="changes__full">
          <summary>Every field in full</summary>
          <FieldChanges fields={complete} />
        </details>
      )}
      {control}
    </li>
  );
}

interface RecentChangesProps {
  data: Pick<DashboardData, "recentChanges" | "sources" | "milestones" | "project">;
  /** Shown in each deleted record's entry that can still be restored, which it reads with useChangeEntry; none for readers. */
  restoreControl?: ReactNode;
}

/** Newest first: what changed, in words, by whom and when; marked when it is new since the reader's last visit. */
export function RecentChanges({ data, restoreControl }: RecentChangesProps) {
  const changes = data.recentChanges;
  const names = useMemo(() => changeNames(data, changes), [data, changes]);
  const previous = useLastVisit(data.project.slug);
  const fresh = previous === null ? 0 : changes.filter((c) => isNewSince(c.at, previous)).length;
  const item = (c: ChangeData) => (
    <ChangeItem
      key={c.id}
      change={c}
      names={names}
      isNew={isNewSince(c.at, previous)}
      control={restoreControl && isRestorable(c, changes) ? <ChangeEntry value={c}>{restoreControl}</ChangeEntry> : null}
    />
  );
  const rest = changes.slice(SHOWN);
  return (
    <>
      {previous !== null && <NewSinceCount count={fresh} previous={previous} />}
      <ol className="changes">{changes.slice(0, SHOWN).map(item)}</ol>
      {rest.length > 0 && (
        <details className="changes__more">
          <summary>
            Show {rest.length} older {rest.length === 1 ? "change" : "changes"}
          </summary>
          <ol className="changes">{rest.map(item)}</ol>
        </details>
      )}
    </>
  );
}
