import "server-only";
/*
 * What the export and feed routes share: how a share link is opened for them (the same 404 for
 * every bad, revoked or expired token, 429 when an address guesses too much), the headers a
 * download or a feed is sent with, and where readers reach this server.
 */
import { clientIp } from "../auth/client-ip";
import { parseAsOf } from "../dashboard/as-of";
import type { DashboardData } from "../dashboard-data";
import { openShareLink } from "../share/resolve";
import { publicOriginOf } from "../share/origin";
import { SHARED_RESPONSE_HEADERS } from "../share/response-headers";

export const NO_STORE = { "Cache-Control": "private, no-store" } as const;
export { SHARED_RESPONSE_HEADERS };

export const plain = (status: number, message: string, headers: Record<string, string>) =>
  new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...headers } });

export const notFound = (headers: Record<string, string> = NO_STORE) => plain(404, "Not found.", headers);
export const unauthorized = () => plain(401, "Sign in first.", NO_STORE);

/** The project slug of a share link, or the response that refuses it. Exports and feeds mark the link used, not viewed. */
export async function openSharedRoute(request: Request, token: string): Promise<{ ok: true; slug: string } | { ok: false; response: Response }> {
  const access = await openShareLink(token, { ip: clientIp(request.headers), use: "poll" });
  if (access.ok) return { ok: true, slug: access.link.slug };
  if (access.limited) {
    const headers = { ...SHARED_RESPONSE_HEADERS, "Retry-After": String(access.retryAfterSeconds) };
    return { ok: false, response: plain(429, "Too many requests. Try again shortly.", headers) };
  }
  return { ok: false, response: notFound(SHARED_RESPONSE_HEADERS) };
}

/** Where readers reach this server, for a feed's links (db/share/origin.ts), else the request's own URL. */
export function originOf(request: Request): string {
  return publicOriginOf(request.headers, new URL(request.url).origin);
}

export function download(body: string, { contentType, filename, headers }: { contentType: string; filename: string; headers: Record<string, string> }) {
  return new Response(body, {
    headers: { "Content-Type": contentType, "Content-Disposition": `attachment; filename="${filename}"`, ...headers },
  });
}

export const CSV_TYPE = "text/csv; charset=utf-8";

/** A CSV file as spreadsheets open it: with a byte order mark, so Excel reads UTF-8 ("–", "“") as UTF-8. */
export const csvFile = (csv: string) => `\uFEFF${csv}`;

/** "tumen-road-bridge-reports.csv", or "…-reports-as-of-2025-06-01.csv" for an earlier day's view. */
export function csvFilename(data: DashboardData, table: string): string {
  const asOf = data.view.asOf ? `-as-of-${data.view.asOf}${data.view.mode === "recorded" ? "-recorded" : ""}` : "";
  return `${data.project.slug}-${table}${asOf}.csv`;
}

/** The as-of day a request asks for (`?asOf=&mode=`), read as the dashboard's routes read it. */
export function asOfOf(request: Request, today: string) {
  const search = new URL(request.url).searchParams;
  return parseAsOf({ asOf: search.get("asOf"), mode: search.get("mode") }, today);
}

export function badAsOf(message: string, headers: Record<string, string>) {
  return new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", ...headers } });
}
export const ATOM_TYPE = "application/atom+xml; charset=utf-8";

/** "reports.csv" → "reports"; null for anything not one of the project's CSV files. */
export function csvTableOf(file: string): string | null {
  return file.endsWith(".csv") ? file.slice(0, -".csv".length) : null;
}
