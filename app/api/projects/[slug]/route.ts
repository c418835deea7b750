import { getDb } from "@/db/client";
import { getCurrentUser } from "@/db/session";
import { parseAsOf } from "@/db/dashboard/as-of";
import { getDashboard } from "@/db/queries/dashboard";
import { todayIso } from "@/db/domain/today";
import { answer, refuse } from "./workspace-route";

/**
 * The dashboard of one project as JSON: what open dashboards poll to pick up changes.
 * `?asOf=YYYY-MM-DD` (and `&mode=recorded`) answers the view of that day (db/dashboard/as-of.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  // The proxy only sees that a session cookie is present; whether it is valid is checked here.
  if (!(await getCurrentUser())) return refuse(401, "unauthorized", "Sign in first.");
  const { slug } = await params;
  const today = todayIso();
  const search = new URL(request.url).searchParams;
  const asOf = parseAsOf({ asOf: search.get("asOf"), mode: search.get("mode") }, today);
  if (!asOf.ok) return refuse(400, "bad_request", asOf.message);
  // One read by slug: an unknown project is the null it answers, not a lookup of its own.
  const data = await getDashboard(await getDb(), { slug, today, audience: "workspace", asOf: asOf.asOf });
  if (!data) return refuse(404, "not_found", "No project has this address.");
  return answer(data);
}
