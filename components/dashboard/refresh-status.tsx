"use client";

import { useEffect, useState } from "react";
import { DashboardFetchError } from "@/components/query/dashboard-query";
import { refreshFailureMessage } from "./refresh-words";

/** How often the age in the message is read again while a refresh keeps failing. */
const TICK_MS = 10_000;

interface RefreshStatusProps {
  /** The last poll's error, while the last poll failed; null once one succeeds. */
  error: Error | null;
  /** When the data on screen was read (TanStack Query's dataUpdatedAt). */
  updatedAt: number;
  /** When the last poll failed (errorUpdatedAt): the age is true from the moment it shows. */
  failedAt: number;
}

/**
 * Says at once that the last poll failed, and how old the figures still on screen are. The
 * live region is always in the page, empty while all is well: a region that appears with its
 * text already in it is not announced by every screen reader.
 */
export function RefreshStatus({ error, updatedAt, failedAt }: RefreshStatusProps) {
  const [tick, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!error) return;
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [error]);

  const now = Math.max(tick, failedAt);
  const status = error instanceof DashboardFetchError ? error.status : null;
  return (
    <p className="refresh-status" role="status" aria-live="polite" data-failed={error ? "" : undefined}>
      {error && refreshFailureMessage({ status, ageMs: now - updatedAt })}
    </p>
  );
}
