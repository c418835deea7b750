"use client";

import { useState, useSyncExternalStore } from "react";
import { formatDay } from "@/db/domain/date-wording";

interface CiteViewProps {
  projectName: string;
  /** The day the view is judged as of (`?asOf=`); null for today's view. */
  asOf: string | null;
  /** Today's calendar day, "YYYY-MM-DD": the day the reader accessed it. */
  today: string;
}

/** "Tumen road bridge. Bridgewatch, as of 30 Apr 2025. https://… (accessed 2 Dec 2026)." */
export function citationText({ projectName, asOf, today, url }: CiteViewProps & { url: string }): string {
  const name = projectName.trim().replace(/\.$/, "");
  return `${name}. Bridgewatch, as of ${formatDay(asOf ?? today)}. ${url} (accessed ${formatDay(today)}).`;
}

// The address is the browser's own (a share link's token, ?asOf=): known only once mounted.
const subscribe = (onChange: () => void) => {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
};
const currentUrl = () => window.location.href;
const noUrl = () => "";

/** "Cite this view": the citation of the page as the reader sees it, with a Copy button. */
export function CiteView(props: CiteViewProps) {
  const url = useSyncExternalStore(subscribe, currentUrl, noUrl);
  const [status, setStatus] = useState("");
  const text = citationText({ ...props, url });

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
        <button type="button" onClick={copy} disabled={!url}>
          Copy
        </button>
      </p>
      <p role="status" aria-live="polite" className="form-message">
        {status}
      </p>
    </div>
  );
}
