"use client";

import { useQuery } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { formatInstant } from "@/components/format";

async function fetchLastVisit(slug: string, signal: AbortSignal): Promise<string | null> {
  const response = await fetch(`/api/projects/${encodeURIComponent(slug)}/last-visit`, {
    signal,
    cache: "no-store",
    headers: { accept: "application/json" },
  });
  // A shared view or a lapsed session has no visits: no marker, rather than an error.
  if (!response.ok) return null;
  return ((await response.json()) as { previous: string | null }).previous;
}

const subscribeNever = () => () => {};

/**
 * When the signed-in reader last opened this dashboard before now, or null (a first visit, a
 * shared view). The route records this visit as it answers, so it is asked once per page view:
 * never refetched, and kept apart from the dashboard's key, which edits invalidate.
 *
 * Null while React hydrates the server's HTML, which knew of no visit: a panel that wakes after
 * the answer came (last-visit is asked as the page opens) hydrates as it was sent, then marks.
 */
export function useLastVisit(slug: string): string | null {
  const hydrating = useSyncExternalStore(subscribeNever, () => false, () => true);
  const { data } = useQuery({
    queryKey: ["last-visit", slug],
    queryFn: ({ signal }) => fetchLastVisit(slug, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  return hydrating ? null : (data ?? null);
}

/**
 * Records this visit as the page opens, whether or not the reader ever scrolls to the changes
 * (whose panel wakes only when they come near it): the panel then reads the answer from the cache.
 */
export function RecordVisit({ slug }: { slug: string }) {
  useLastVisit(slug);
  return null;
}

export const isNewSince = (at: string, previous: string | null) => previous !== null && at > previous;

export function NewBadge() {
  return <span className="changes__new">New since your last visit</span>;
}

/** "3 changes since your last visit (2 Nov 2026, 10:00)" at the top of the panel. */
export function NewSinceCount({ count, previous }: { count: number; previous: string }) {
  return (
    <p className="changes__since" role="status">
      {count === 0 ? "No changes" : count === 1 ? "1 change" : `${count} changes`} since your last visit ({formatInstant(previous)}).
    </p>
  );
}
