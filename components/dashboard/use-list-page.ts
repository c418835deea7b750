"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { DashboardData, DashboardLists, ListPage, PagedListName } from "@/db/dashboard-data";

/** Rows a table shows at a time when it holds its whole list. */
export const PAGE_ROWS = 50;

export interface ListPageState<T> {
  rows: readonly T[];
  page: number;
  pages: number;
  total: number;
  /** Counted from 1; 0 and 0 for an empty list. */
  first: number;
  last: number;
  pending: boolean;
  /** Set when the rows past the first page cannot be fetched here (a shared view): where they are instead. */
  elsewhere: string | null;
  setPage: (page: number) => void;
}

async function fetchPage<K extends PagedListName>(url: string, list: K, page: number, signal: AbortSignal): Promise<ListPage<K>> {
  const search = new URLSearchParams({ list, page: String(page) });
  const response = await fetch(`${url}${url.includes("?") ? "&" : "?"}${search}`, { signal, headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`Could not load page ${page} (HTTP ${response.status}).`);
  return (await response.json()) as ListPage<K>;
}

/**
 * A page of a table's rows. A list held whole is cut into pages here; a large project's list
 * (DashboardData.paged) holds its first page, and the others come from the pages route.
 * `held` is the list as the table orders it; a paged list's first page is in the server's order.
 */
export function useListPage<K extends PagedListName>(
  paged: DashboardData["paged"],
  list: K,
  held: readonly DashboardLists[K][number][],
): ListPageState<DashboardLists[K][number]> {
  type Row = DashboardLists[K][number];
  const [page, setPage] = useState(1);
  const size = paged?.pageSize ?? PAGE_ROWS;
  const total = paged ? paged.totals[list] : held.length;
  const pagesUrl = paged?.pagesUrl ?? null;
  const pages = paged && !pagesUrl ? 1 : Math.max(1, Math.ceil(total / size));
  const current = Math.min(page, pages);
  const remote = useQuery({
    queryKey: ["list-page", pagesUrl, list, current],
    queryFn: ({ signal }) => fetchPage(pagesUrl!, list, current, signal),
    enabled: Boolean(paged && pagesUrl && current > 1),
    placeholderData: keepPreviousData,
  });
  const shown: readonly Row[] = !paged
    ? held.slice((current - 1) * size, current * size)
    : current === 1
      ? held
      : ((remote.data?.rows ?? []) as readonly Row[]);
  const first = total === 0 ? 0 : (current - 1) * size + 1;
  return {
    rows: shown,
    page: current,
    pages,
    total,
    first,
    last: Math.min(total, first + shown.length - 1),
    pending: remote.isFetching,
    elsewhere: paged && !pagesUrl && total > held.length ? `the first ${held.length.toLocaleString("en-US")}; every one is in the CSV export` : null,
    setPage,
  };
}

/** A page of a list held whole: for tables whose lists are never paged by the server. */
export function usePage<T>(rows: readonly T[], size = PAGE_ROWS): ListPageState<T> {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(page, pages);
  const shown = rows.slice((current - 1) * size, current * size);
  const first = rows.length === 0 ? 0 : (current - 1) * size + 1;
  return { rows: shown, page: current, pages, total: rows.length, first, last: first + shown.length - 1, pending: false, elsewhere: null, setPage };
}
