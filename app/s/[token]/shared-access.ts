import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { clientIp } from "@/db/auth/client-ip";
import { asOfKey, type DashboardQueryKey } from "@/components/query/dashboard-query";
import { asOfSearch, type AsOf } from "@/db/dashboard/as-of";
import { isCacheRender } from "@/db/share/page-cache";
import { openShareLink, type ShareUse } from "@/db/share/resolve";

/**
 * The share link of this request, opened once per request: generateMetadata and the page
 * share the answer, so one page load is one lookup and one view. A render for the proxy's
 * page cache counts nothing: the proxy counted the view of the reader it renders for.
 */
export const openForRequest = cache(async (token: string, use: ShareUse) => {
  const h = await headers();
  return openShareLink(token, { ip: clientIp(h), use: isCacheRender(h) ? "preview" : use });
});

/** Where a shared view reads its data from: the token's own public route, never the workspace API. */
export function sharedDashboardQuery(token: string, asOf?: AsOf | null): { key: DashboardQueryKey; url: string } {
  return { key: ["dashboard", "shared", token, ...asOfKey(asOf)], url: `/api/s/${encodeURIComponent(token)}${asOfSearch(asOf ?? null)}` };
}

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * Where readers reach this server, for share URLs and absolute preview-image URLs: PUBLIC_URL
 * when set (behind a proxy the request's host may be an internal name), else the request's host.
 */
export async function publicOrigin(): Promise<string> {
  if (process.env.PUBLIC_URL) return process.env.PUBLIC_URL.replace(/\/+$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "";
  const proto = h.get("x-forwarded-proto") === "https" ? "https" : "http";
  return HOST.test(host) ? `${proto}://${host}` : `http://127.0.0.1:${process.env.PORT || 3000}`;
}
