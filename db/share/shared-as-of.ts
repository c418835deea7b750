import "server-only";
/*
 * A shared view of an earlier day (`?asOf=`): read for each request, never from the one-second
 * caches of today's view (db/share/resolve.ts), so one day's view is never served for another.
 * The token is checked by the caller first, as for every shared read.
 */
import { getDb } from "../client";
import type { AsOf } from "../dashboard/as-of";
import type { DashboardData } from "../dashboard-data";
import { todayIso } from "../domain/today";
import { getDashboard } from "../queries/dashboard";
import { getSharedDashboard } from "./resolve";
import { toPublicDashboard } from "./public-dashboard";

/**
 * The public dashboard of a project: today's from the shared cache, an earlier day's read afresh.
 * `whole` keeps every list whole, for the shared view's CSV tables (a large project's view sends
 * its long lists a page at a time, its files hold every record); it is read afresh too.
 */
export async function getSharedDashboardAsOf(slug: string, asOf: AsOf | null, { whole = false } = {}): Promise<DashboardData | null> {
  if (!asOf && !whole) return getSharedDashboard(slug);
  const data = await getDashboard(await getDb(), { slug, today: todayIso(), audience: "public", asOf, whole });
  return data ? toPublicDashboard(data) : null;
}
