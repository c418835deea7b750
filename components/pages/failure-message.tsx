"use client";

import { useEffect, useRef, type ReactNode } from "react";

interface FailureMessageProps {
  /** What failed, in the reader's words: the heading. */
  title: string;
  /** What the reader can do about it. */
  children: ReactNode;
  /** The thrown value, as an error boundary receives it: only its digest is shown. */
  error: unknown;
  /** The boundary's retry: fetches and renders the failed part again. */
  retry: () => void;
}

/** The digest Next gives a server error: the key to its entry in the server's log. */
function digestOf(error: unknown): string | null {
  if (!(error instanceof Error) || !("digest" in error)) return null;
  return typeof error.digest === "string" && error.digest !== "" ? error.digest : null;
}

/**
 * What every error boundary shows (app/error.tsx and the others). Never the error's message:
 * from the server it says nothing a reader can use, and from the browser it may say too much.
 * Focus moves to the heading, so a keyboard or screen reader user is told the page changed.
 */
export function FailureMessage({ title, children, error, retry }: FailureMessageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const digest = digestOf(error);
  return (
    <div className="not-found">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
      {digest && (
        <p className="muted">
          If it keeps failing, give your administrator this reference: <code>{digest}</code>
        </p>
      )}
      <p>
        <button type="button" onClick={() => retry()}>
          Try again
        </button>
      </p>
    </div>
  );
}
