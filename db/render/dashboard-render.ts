import "server-only";
/*
 * How a signed-in user's dashboard is served: as a shared view is (./shared-render.ts), rendered
 * once per record version and answered from Next's incremental cache, one render per user.
 *
 * The proxy looks up the session of every GET of /projects/<slug> (db/session.ts, cached
 * briefly, so a sign-out, a disabled account or a changed role counts within a second) and
 * rewrites it to /projects/<slug>/v/<day~version~user~role>. The render reads that user's
 * account again and refuses a key whose user is gone, disabled or of another role. What only
 * the reader's browser needs (their last visit, the live data) it fetches itself. An earlier
 * day's view (?asOf=) and every request without a good session keep the dynamic page, which
 * redirects to sign-in as before.
 */
import { userOfRequest, type CurrentUser } from "../session";
import { getDb } from "../client";
import type { Db } from "../connection";
import { todayIso } from "../domain/today";
import type { UserRole } from "../schema";
import { currentVersion } from "./current-version";

const DASHBOARD = /^\/projects\/([^/]+)$/;
const RENDER_PATH = /^\/projects\/[^/]+\/v(\/|$)/;
const KEY = /^(\d{4}-\d{2}-\d{2})~(\d{1,15})~([A-Za-z0-9_-]{1,64})~(admin|editor|viewer)$/;

export interface DashboardRenderKey {
  today: string;
  version: number;
  userId: string;
  role: UserRole;
}

export function dashboardRenderKey({ today, version, userId, role }: DashboardRenderKey): string | null {
  const key = `${today}~${version}~${userId}~${role}`;
  return KEY.test(key) ? key : null;
}

export function parseDashboardRenderKey(key: string): DashboardRenderKey | null {
  const match = KEY.exec(decodeURIComponent(key));
  if (!match) return null;
  return { today: match[1]!, version: Number(match[2]), userId: match[3]!, role: match[4] as UserRole };
}

/** Whether a request asks for a dashboard render path itself, which only the proxy's rewrite may reach. */
export const isDashboardRenderPath = (pathname: string) => RENDER_PATH.test(pathname);

/**
 * Where the proxy sends a GET or HEAD of /projects/<slug> with a good session: the render of
 * the current version for that user. Null lets the request through to the dynamic page.
 */
export async function dashboardRenderPath(
  request: Request,
  options: { db?: Db; now?: Date; userOf?: (headers: Headers) => Promise<CurrentUser | null> } = {},
): Promise<string | null> {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const url = new URL(request.url);
  const slug = DASHBOARD.exec(url.pathname)?.[1];
  if (url.search !== "" || !slug) return null;
  const user = await (options.userOf ?? userOfRequest)(request.headers);
  if (!user) return null;
  const now = options.now ?? new Date();
  const version = await currentVersion(options.db ?? (await getDb()), now.getTime());
  const key = dashboardRenderKey({ today: todayIso(now), version, userId: user.id, role: user.role });
  return key && `/projects/${slug}/v/${key}`;
}
