"use client";

/** Previous and next for a table shown a page at a time; the position is announced when it changes. */
export function Pager({ label, page, pages, first, last, total, noun, pending, onPage }: {
  /** What the pager pages, for its landmark: "Reported progress". */
  label: string;
  page: number;
  pages: number;
  /** The rows shown, counted from 1. */
  first: number;
  last: number;
  total: number;
  noun: string;
  pending: boolean;
  onPage: (page: number) => void;
}) {
  if (pages <= 1) return null;
  const count = (n: number) => n.toLocaleString("en-US");
  return (
    <nav className="pager" aria-label={`${label}: pages`}>
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous<span className="visually-hidden"> page of {noun}</span>
      </button>
      <p className="pager__position" aria-live="polite">
        {count(first)}–{count(last)} of {count(total)} {noun}, page {count(page)} of {count(pages)}
        {pending && <span className="muted"> (loading…)</span>}
      </p>
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Next<span className="visually-hidden"> page of {noun}</span>
      </button>
    </nav>
  );
}
