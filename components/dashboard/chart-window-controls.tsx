"use client";

import { useSyncExternalStore } from "react";
import { formatDay } from "@/db/domain/date-wording";
import { fromDayNumber } from "@/db/domain/calendar-day";
import type { Domain, WindowPreset } from "./chart-window";

/** Where narrow.css switches to the phone layout. */
const NARROW_QUERY = "(max-width: 640px)";

let narrowQuery: MediaQueryList | undefined;
/** One query for the page: React asks for its value on every render. */
const narrow = () => (narrowQuery ??= window.matchMedia(NARROW_QUERY));

function subscribeNarrow(onChange: () => void) {
  const query = narrow();
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** Whether the screen is phone-narrow; false on the server, where there is no screen. */
export const useNarrowScreen = () => useSyncExternalStore(subscribeNarrow, () => narrow().matches, () => false);

interface ChartWindowControlsProps {
  presets: readonly { id: WindowPreset; label: string }[];
  selected: WindowPreset;
  domain: Domain;
  onSelect: (preset: WindowPreset) => void;
}

/** The time window's presets, as toggle buttons; the chosen window is written out beside them. */
export function ChartWindowControls({ presets, selected, domain, onSelect }: ChartWindowControlsProps) {
  return (
    <div className="chart-window-controls">
      <div role="group" aria-label="Time window" className="filter">
        <span className="filter__label" aria-hidden="true">
          Time window
        </span>
        {presets.map((p) => (
          <button key={p.id} type="button" className="chip" aria-pressed={p.id === selected} onClick={() => onSelect(p.id)}>
            {p.label}
          </button>
        ))}
      </div>
      <p className="muted small" aria-live="polite">
        Showing {formatDay(fromDayNumber(domain[0]))} to {formatDay(fromDayNumber(domain[1]))}
      </p>
    </div>
  );
}
