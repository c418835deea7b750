import { getCurrentUser } from "@/db/session";
import { getDb } from "@/db/client";
import { ATOM_TYPE, NO_STORE, notFound, originOf, unauthorized } from "@/db/exports/responses";
import { changeFeed } from "@/db/feeds/change-feed";
import { todayIso } from "@/db/domain/today";
import { getProjectChanges } from "@/db/queries/changes";
import { getDashboard } from "@/db/queries/dashboard";

export const dynamic = "force-dynamic";

/**
 * The project's changes as an Atom feed, for signed-in users: each entry names who made it.
 * A feed reader without the session cookie is answered 401 (by the proxy, and here).
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  if (!(await getCurrentUser())) return unauthorized();
  const { slug } = await params;
  const db = await getDb();
  const dashboard = await getDashboard(db, { slug, today: todayIso(), audience: "workspace" });
  if (!dashboard) return notFound();
  const changes = await getProjectChanges(db, { projectId: dashboard.project.id, audience: "workspace" });
  const view = `${originOf(request)}/projects/${encodeURIComponent(slug)}`;
  const body = changeFeed({ dashboard, changes, self: `${view}/feed.xml`, view, audience: "workspace" });
  return new Response(body, { headers: { "Content-Type": ATOM_TYPE, ...NO_STORE } });
}
