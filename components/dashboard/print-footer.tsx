"use client";

import { useSyncExternalStore } from "react";
import type { DashboardData } from "@/db/dashboard-data";
import { formatDay } from "@/db/domain/date-wording";

/*
 * The address is the browser's own (a share link's token, ?asOf=): the shared view's HTML is
 * one render served to every reader, so it is read here, once mounted, and again just before
 * printing. The fragment (#sources) is left off: it names a place on the page, not the view.
 */
const subscribe = (onChange: () => void) => {
  window.addEventListener("popstate", onChange);
  window.addEventListener("beforeprint", onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener("beforeprint", onChange);
  };
};
const currentUrl = () => window.location.origin + window.location.pathname + window.location.search;
const noUrl = () => "";

/** The printed pages' footer: which day the view shows and where it was printed from. Hidden on screen (print.css). */
export function PrintFooter({ view, today }: { view: DashboardData["view"]; today: string }) {
  const url = useSyncExternalStore(subscribe, currentUrl, noUrl);
  const day = formatDay(view.asOf ?? today);
  const recorded = view.asOf && view.mode === "recorded" ? " (as Bridgewatch recorded it)" : "";
  return (
    <p className="print-footer" data-testid="print-footer">
      As of {day}
      {recorded}
      {url && ` · ${url}`}
    </p>
  );
}
