import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { clientIp } from "@/db/auth/client-ip";
import { asOfKey, type DashboardQueryKey } from "@/components/query/dashboard-query";
import { asOfSearch, type AsOf } from "@/db/dashboard/as-of";
import { localOrigin, publicOriginOf } from "@/db/share/origin";
import { parseRenderKey } from "@/db/render/shared-render";
import { getSharedDashboard, openShareLink, type ShareUse } from "@/db/share/resolve";

/**
 * The share link of this request, opened once per request: generateMetadata and the page
 * share the answer, so one page load is one lookup and one view.
 */
export const openForRequest = cache(async (token: string, use: ShareUse) => {
  const h = await headers();
  return openShareLink(token, { ip: clientIp(h), use });
});

/**
 * What a render of today's view (v/[key], embed/v/[key]) shows, read without the request: the
 * proxy checked the token and counted the view before rewriting there, so the link is checked
 * again here without counting. Metadata and page share the one read.
 */
export const loadRender = cache(async (token: string, rawKey: string) => {
  const key = parseRenderKey(rawKey);
  if (!key) return null;
  const access = await openShareLink(token, { ip: "render", use: "preview" });
  if (!access.ok) return null;
  const data = await getSharedDashboard(access.link.slug);
  return data && { key, data };
});

/** Where a shared view reads its data from: the token's own public route, never the workspace API. */
export function sharedDashboardQuery(token: string, asOf?: AsOf | null): { key: DashboardQueryKey; url: string } {
  return { key: ["dashboard", "shared", token, ...asOfKey(asOf)], url: `/api/s/${encodeURIComponent(token)}${asOfSearch(asOf ?? null)}` };
}

/** Where readers reach this server (db/share/origin.ts), for share URLs of this request. */
export async function publicOrigin(): Promise<string> {
  return publicOriginOf(await headers(), localOrigin());
}
