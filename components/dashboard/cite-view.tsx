"use client";

import { useState, useSyncExternalStore } from "react";
import { formatDay } from "@/db/domain/date-wording";

interface CiteViewProps {
  projectName: string;
  /** The day the view is judged as of (`?asOf=`); null for today's view. */
  asOf: string | null;
  /** The day the view shows ("YYYY-MM-DD"): the as-of day, or today. */
  today: string;
}

/** The reader's own calendar day: when they accessed the view, which an as-of view's day is not. */
const accessedDay = () => new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

/**
 * The address a citation gives: the view's own, pinned to its day. Today's view changes with the
 * record, so it is cited as the record stood on that day (`?asOf=<today>&mode=recorded`, what
 * Bridgewatch held by the end of that day): a reader of the citation later sees what was cited.
 */
export function citedUrl(url: string, { asOf, today }: Pick<CiteViewProps, "asOf" | "today">): string {
  if (asOf) return url;
  const absolute = URL.canParse(url);
  const pinned = new URL(url, "http://relative.invalid");
  pinned.searchParams.set("asOf", today);
  pinned.searchParams.set("mode", "recorded");
  return absolute ? pinned.toString() : `${pinned.pathname}${pinned.search}${pinned.hash}`;
}

/** "Tumen road bridge. Bridgewatch, as of 30 Apr 2025. https://… (accessed 2 Dec 2026)." */
export function citationText({ projectName, asOf, today, url, accessed }: CiteViewProps & { url: string; accessed: string }): string {
  const name = projectName.trim().replace(/\.$/, "");
  return `${name}. Bridgewatch, as of ${formatDay(asOf ?? today)}. ${citedUrl(url, { asOf, today })} (accessed ${formatDay(accessed)}).`;
}

// The address is the browser's own (a share link's token, ?asOf=): known only once mounted.
const subscribe = (onChange: () => void) => {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
};
const currentUrl = () => window.location.href;
const notYet = () => null;

/** "Cite this view": the citation of the page as the reader sees it, with a Copy button. */
export function CiteView({ path, ...props }: CiteViewProps & { path: string }) {
  const href = useSyncExternalStore(subscribe, currentUrl, notYet);
  const [status, setStatus] = useState("");
  // The full address and the day of access are the browser's: the server writes the view's
  // path and its day, so the line keeps nearly its length when the page comes to life.
  const text = citationText({ ...props, url: href ?? path, accessed: href ? accessedDay() : props.today });

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Copied to the clipboard.");
    } catch {
      setStatus("Copying was blocked by the browser: select the citation and press Ctrl+C (⌘C on a Mac).");
    }
  }

  return (
    <div className="cite-view">
      <p className="cite-view__line">
        <span className="muted">Cite this view: </span>
        <cite>{text}</cite>{" "}
        <button type="button" onClick={copy} disabled={!href}>
          Copy
        </button>
      </p>
      <p role="status" aria-live="polite" className="form-message">
        {status}
      </p>
    </div>
  );
}
