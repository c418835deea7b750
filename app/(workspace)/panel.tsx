import type { ReactNode } from "react";

/** One of a workspace page's panels, named by its heading. */
export function Panel({ headingId, title, children }: { headingId: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
