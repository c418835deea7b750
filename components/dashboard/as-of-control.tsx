"use client";

import { IntentLink } from "@/components/intent-link";
import { usePathname, useRouter } from "next/navigation";
import { useId, useState, type KeyboardEvent } from "react";
import { asOfSearch, EARLIEST_AS_OF, type AsOfMode } from "@/db/dashboard/as-of";

interface AsOfControlProps {
  /** The day shown, or null for today's view. */
  asOf: string | null;
  mode: AsOfMode;
  /** The server's calendar day: the latest day that can be chosen. */
  today: string;
  /** Why the address's asOf could not be shown, said at the control. */
  error?: string | null;
}

/**
 * Picks the day (and the mode) the dashboard is shown as of, by setting the page's search params.
 * A search landmark rather than a form: it changes nothing, so a read-only shared view stays
 * without any form.
 */
export function AsOfControl({ asOf, mode, today, error = null }: AsOfControlProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [day, setDay] = useState(asOf ?? "");
  const [chosenMode, setChosenMode] = useState<AsOfMode>(mode);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const message = problem ?? error;

  function apply() {
    if (!day) return setProblem("Choose a day to show, or go back to today.");
    if (day < EARLIEST_AS_OF || day > today) return setProblem(`Choose a day from 1900 up to today (${today}).`);
    setProblem(null);
    router.push(`${pathname}${asOfSearch({ day, mode: chosenMode })}`);
  }

  // Enter in the day or the mode applies, as it would submit a form.
  const applyOnEnter = (event: KeyboardEvent) => {
    if (event.key !== "Enter" || !(event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement)) return;
    event.preventDefault();
    apply();
  };

  return (
    <div role="search" className="form form-grid as-of-control" aria-label="Show the dashboard as of a day" onKeyDown={applyOnEnter}>
      <div className="field">
        <label htmlFor={`${id}-day`}>Show as of</label>
        <input
          id={`${id}-day`}
          type="date"
          value={day}
          min={EARLIEST_AS_OF}
          max={today}
          onChange={(e) => setDay(e.target.value)}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-error` : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-mode`}>Mode</label>
        <select id={`${id}-mode`} value={chosenMode} onChange={(e) => setChosenMode(e.target.value as AsOfMode)}>
          <option value="published">Published by that day</option>
          <option value="recorded">As Bridgewatch recorded it</option>
        </select>
      </div>
      <div className="field row-actions">
        <button type="button" onClick={apply}>
          Apply
        </button>
        {(asOf || error) && <IntentLink href={pathname}>Back to today</IntentLink>}
      </div>
      <p id={`${id}-error`} className="field-error form-message" role="alert">
        {message}
      </p>
    </div>
  );
}
