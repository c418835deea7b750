import type { ReactNode } from "react";

/** One entry of a chart's key: a small drawing of the mark (decorative, the words say it), then its words. */
export function LegendEntry({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <li>
      <svg className="legend__swatch" width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">
        {swatch}
      </svg>
      {children}
    </li>
  );
}
