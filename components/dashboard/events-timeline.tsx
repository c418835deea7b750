"use client";

import { useId, useMemo, useState } from "react";
import type { DashboardData, EventData } from "@/db/dashboard-data";
import { compareFuzzy, formatFuzzyDate, formatWindow, isExact } from "@/db/domain/fuzzy-date";
import { citationOf, type SourceIndex } from "./source-index";
import { EVENT_CATEGORY, type EventCategory } from "@/db/records/vocabulary";
import { Pager } from "./pager";
import { useListPage } from "./use-list-page";

/**
 * Events in date order, a page at a time. Choosing categories narrows the list; choosing none
 * shows every event. A large project's events (`paged`) come a page at a time from the server,
 * in the same order, without the category filter, which needs the whole list.
 */
export function EventsTimeline({ events, sources, paged = null }: { events: readonly EventData[]; sources: SourceIndex; paged?: DashboardData["paged"] }) {
  const [selected, setSelected] = useState<ReadonlySet<EventCategory>>(new Set());
  const labelId = useId();
  const filtered = useMemo(
    () => [...events].filter((e) => selected.size === 0 || selected.has(e.category)).sort((a, b) => compareFuzzy(a.date, b.date)),
    [events, selected],
  );
  const page = useListPage(paged, "events", filtered);
  if (events.length === 0) return <p className="muted">No events recorded.</p>;

  const counts = new Map<EventCategory, number>();
  for (const e of events) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  const categories = EVENT_CATEGORY.values.filter((c) => counts.has(c));
  const shown = page.rows;

  const toggle = (c: EventCategory) => {
    page.setPage(1);
    setSelected((prev) => {
      const next = new Set(prev);
      if (!next.delete(c)) next.add(c);
      return next;
    });
  };

  const showAll = () => {
    page.setPage(1);
    setSelected(new Set());
  };

  return (
    <>
      {!paged && (
        <div className="filter" role="group" aria-labelledby={labelId}>
          <span id={labelId} className="filter__label">
            Filter by category
          </span>
          <button type="button" className="chip" aria-pressed={selected.size === 0} onClick={showAll}>
            All <span className="chip__count">{events.length}</span>
          </button>
          {categories.map((c) => (
            <button key={c} type="button" className="chip" aria-pressed={selected.has(c)} onClick={() => toggle(c)}>
              {EVENT_CATEGORY.labels[c]} <span className="chip__count">{counts.get(c)}</span>
            </button>
          ))}
        </div>
      )}
      {!paged && (
        <p className="muted small" aria-live="polite">
          Showing {filtered.length} of {events.length} events
        </p>
      )}
      {page.elsewhere && <p className="muted small">Listed here: {page.elsewhere}.</p>}
      <ol className="timeline" aria-label="Events, oldest first">
        {shown.map((e) => (
          <li key={e.id} className="timeline__item">
            <p className="timeline__date">
              {isExact(e.date) ? <time dateTime={e.date.earliest}>{formatFuzzyDate(e.date)}</time> : formatFuzzyDate(e.date)}
              {!isExact(e.date) && formatWindow(e.date) !== formatFuzzyDate(e.date) && <span className="cell-note">{formatWindow(e.date)}</span>}
            </p>
            <div className="timeline__body">
              <h3 className="timeline__title">{e.title}</h3>
              {e.summary && <p>{e.summary}</p>}
              <p className="timeline__meta">
                <span className={`pill pill--${e.category}`}>{EVENT_CATEGORY.labels[e.category]}</span>
                {e.parties.length > 0 && <span>Parties: {e.parties.join(", ")}</span>}
                <span>Source: {citationOf(sources, e.sourceId)}</span>
              </p>
            </div>
          </li>
        ))}
      </ol>
      <Pager label="Events" noun="events" {...page} onPage={page.setPage} />
    </>
  );
}
