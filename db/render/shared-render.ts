import "server-only";
/*
 * How a shared view is served: rendered once per version of the record, not once per request.
 *
 * The proxy checks the token of every GET of /s/<token> (openShareLink: remembered for at most
 * a second, so a revoked or expired link stops within one), counts the view, and rewrites the
 * request to /s/<token>/v/<render key>. That route is an on-demand ISR page: Next renders it the
 * first time a key is asked for and answers every later request from its incremental cache,
 * in memory only (next.config.js: isrFlushToDisk false, since a page holds its link's token).
 * The key names everything the page depends on: the day (status is judged against today),
 * the record version (db/queries/record-version.ts, read at most once a second) and the origin
 * readers use (the page holds absolute preview-image URLs). An edit is a new version, so the
 * next view renders it; the page's 30 s revalidation bounds what a commit-order race between
 * two PostgreSQL writers could leave stale.
 *
 * The compact embed (/s/<token>/embed) is routed the same way, to /s/<token>/embed/v/<key>.
 * The token check also says which sites may frame the response (the link's embed origins): the
 * proxy hands that to the front door (db/edge/frame-ancestors.mjs), so it follows the link's
 * current state within the same second, never the cached render.
 *
 * Views of an earlier day (?asOf=) are other pages: they keep the dynamic route, rendered per
 * request, and no site may frame them. A direct request for a render path never reaches the page: the proxy refuses it,
 * so only keys the proxy made exist in the cache.
 */
import { clientIp } from "../auth/client-ip";
import { getDb } from "../client";
import type { Db } from "../connection";
import { isWellFormedShareToken } from "../domain/share-token";
import { todayIso } from "../domain/today";
import { localOrigin, publicOriginOf } from "../share/origin";
import { openShareLink } from "../share/resolve";
import { currentVersion } from "./current-version";

const SHARED_VIEW = /^\/s\/([^/]+)(\/embed)?$/;
const RENDER_PATH = /^\/s\/[^/]+(\/embed)?\/v(\/|$)/;
const KEY = /^(\d{4}-\d{2}-\d{2})~(\d{1,15})~([A-Za-z0-9_-]{1,400})$/;

export interface RenderKey {
  today: string;
  version: number;
  origin: string;
}

export function renderKey({ today, version, origin }: RenderKey): string {
  return `${today}~${version}~${Buffer.from(origin).toString("base64url")}`;
}

/** The parts of a key this module made, or null for anything else. */
export function parseRenderKey(key: string): RenderKey | null {
  const match = KEY.exec(decodeURIComponent(key));
  if (!match) return null;
  const origin = Buffer.from(match[3]!, "base64url").toString("utf8");
  if (!/^https?:\/\/[^/\s]+$/.test(origin)) return null;
  return { today: match[1]!, version: Number(match[2]), origin };
}

/** Whether a request asks for a render path itself, which only the proxy's rewrite may reach. */
export const isRenderPath = (pathname: string) => RENDER_PATH.test(pathname);

export interface SharedRender {
  /** The render path to rewrite to. */
  path: string;
  /** The sites that may frame the response: the link's, as of this token check. */
  embedOrigins: readonly string[];
}

/**
 * Where the proxy sends a GET or HEAD of /s/<token> (or its /embed) with a good token: the
 * render of the current version. Null lets the request through to the dynamic page, which
 * answers a bad token with the one 404 for all, a limited address with its wait, and ?asOf=
 * with that day. The embed reads no query, so one never takes it off its render.
 */
export async function sharedRender(request: Request, options: { db?: Db; now?: Date } = {}): Promise<SharedRender | null> {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const url = new URL(request.url);
  const [, token, embed] = SHARED_VIEW.exec(url.pathname) ?? [];
  if ((url.search !== "" && !embed) || !token || !isWellFormedShareToken(token)) return null;
  const now = options.now ?? new Date();
  const access = await openShareLink(token, { ip: clientIp(request.headers), use: "view", db: options.db, now });
  if (!access.ok) return null;
  const version = await currentVersion(options.db ?? (await getDb()), now.getTime());
  const origin = publicOriginOf(request.headers, localOrigin());
  const path = `/s/${token}${embed ?? ""}/v/${renderKey({ today: todayIso(now), version, origin })}`;
  return { path, embedOrigins: access.link.embedOrigins };
}
