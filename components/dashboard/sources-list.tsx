"use client";

import type { SourceData } from "@/db/dashboard-data";
import { compareFuzzy } from "@/db/domain/fuzzy-date";
import { formatFuzzyWithWindow } from "@/db/domain/date-wording";
import { SOURCE_KIND } from "@/db/records/vocabulary";
import { viaOf, type SourceIndex } from "./source-index";
import { useMemo } from "react";
import { Pager } from "./pager";
import { usePage } from "./use-list-page";

/** Only web links open; anything else stored in the field (javascript:, data:, typos) stays plain text. */
function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export function SourcesList({ sources, index }: { sources: readonly SourceData[]; index: SourceIndex }) {
  const sorted = useMemo(() => [...sources].sort((a, b) => compareFuzzy(a.published, b.published) || a.outlet.localeCompare(b.outlet)), [sources]);
  const page = usePage(sorted);
  if (sources.length === 0) return <p className="muted">No sources recorded.</p>;
  return (
    <>
      <ul className="sources">
        {page.rows.map((s) => {
          const href = safeHttpUrl(s.url);
          const carried = viaOf(index, s);
          return (
            <li key={s.id} className="sources__item">
              <p className="sources__outlet">
                <strong>
                  {s.outlet}
                  {carried}
                </strong>
                <span className={`pill pill--source-${s.kind}`}>{SOURCE_KIND.labels[s.kind]}</span>
              </p>
              <p className="sources__title">
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {s.title}
                    <span className="visually-hidden"> (opens in a new tab)</span>
                  </a>
                ) : (
                  s.title
                )}
              </p>
              <p className="muted small">Published {formatFuzzyWithWindow(s.published)}</p>
            </li>
          );
        })}
      </ul>
      <Pager label="Sources" noun="sources" {...page} onPage={page.setPage} />
    </>
  );
}
