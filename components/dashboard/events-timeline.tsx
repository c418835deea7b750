"use client";

import { useId, useState } from "react";
import type { EventData } from "@/db/dashboard-data";
import { compareFuzzy, formatFuzzyDate, formatWindow, isExact } from "@/db/domain/fuzzy-date";
import { citationOf, type SourceIndex } from "./source-index";
import { EVENT_CATEGORY, type EventCategory } from "@/db/records/vocabulary";

/** Events in date order. Choosing categories narrows the list; choosing none shows every event. */
export function EventsTimeline({ events, sources }: { events: readonly EventData[]; sources: SourceIndex }) {
  const [selected, setSelected] = useState<ReadonlySet<EventCategory>>(new Set());
  const labelId = useId();
  if (events.length === 0) return <p className="muted">No events recorded.</p>;

  const counts = new Map<EventCategory, number>();
  for (const e of events) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  const categories = EVENT_CATEGORY.values.filter((c) => counts.has(c));
  const shown = [...events]
    .filter((e) => selected.size === 0 || selected.has(e.category))
    .sort((a, b) => compareFuzzy(a.date, b.date));

  const toggle = (c: EventCategory) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (!next.delete(c)) next.add(c);
      return next;
    });

  return (
    <>
      <div className="filter" role="group" aria-labelledby={labelId}>
        <span id={labelId} className="filter__label">
          Filter by category
        </span>
        <button type="button" className="chip" aria-pressed={selected.size === 0} onClick={() => setSelected(new Set())}>
          All <span className="chip__count">{events.length}</span>
        </button>
        {categories.map((c) => (
          <button key={c} type="button" className="chip" aria-pressed={selected.has(c)} onClick={() => toggle(c)}>
            {EVENT_CATEGORY.labels[c]} <span className="chip__count">{counts.get(c)}</span>
          </button>
        ))}
      </div>
      <p className="muted small" aria-live="polite">
        Showing {shown.length} of {events.length} events
      </p>
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
    </>
  );
}
