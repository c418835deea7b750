import { recordVisit } from "@/db/mutations/visits";
import { answer, workspaceProject } from "../workspace-route";

/*
 * The signed-in user's previous visit to the dashboard, recorded as now: `{ previous }`, an ISO
 * instant or null. A GET that writes, asked once per page view by the recent-changes panel; the
 * dashboard's own JSON route stays a pure read, since every open view polls it.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const found = await workspaceProject(params);
  if (!found.ok) return found.response;
  const previous = await recordVisit(found.db, { userId: found.user.id, projectId: found.project.id });
  return answer({ previous: previous?.toISOString() ?? null });
}
