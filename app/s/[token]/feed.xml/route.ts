import { getDb } from "@/db/client";
import { ATOM_TYPE, notFound, openSharedRoute, originOf, SHARED_RESPONSE_HEADERS } from "@/db/exports/responses";
import { changeFeed } from "@/db/feeds/change-feed";
import { getProjectChanges } from "@/db/queries/changes";
import { getSharedDashboard } from "@/db/share/resolve";

export const dynamic = "force-dynamic";

/**
 * The shared project's changes as an Atom feed. The link is the capability: any feed reader
 * can follow it, and revoking the link ends the feed. No entry names an editor.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const shared = await openSharedRoute(request, token);
  if (!shared.ok) return shared.response;
  const dashboard = await getSharedDashboard(shared.slug);
  if (!dashboard) return notFound(SHARED_RESPONSE_HEADERS);
  const changes = await getProjectChanges(await getDb(), { projectId: dashboard.project.id, audience: "public" });
  const view = `${originOf(request)}/s/${encodeURIComponent(token)}`;
  const body = changeFeed({ dashboard, changes, self: `${view}/feed.xml`, view, audience: "public" });
  return new Response(body, { headers: { "Content-Type": ATOM_TYPE, ...SHARED_RESPONSE_HEADERS } });
}
