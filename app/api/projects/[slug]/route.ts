import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/db/session";
import { parseAsOf } from "@/db/dashboard/as-of";
import { getDashboard } from "@/db/queries/dashboard";
import { todayIso } from "@/db/domain/today";

const NO_STORE = { "Cache-Control": "private, no-store" };

/**
 * The dashboard of one project as JSON: what open dashboards poll to pick up changes.
 * `?asOf=YYYY-MM-DD` (and `&mode=recorded`) answers the view of that day (db/dashboard/as-of.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  // The proxy only sees that a session cookie is present; whether it is valid is checked here.
  if (!(await getCurrentUser())) {
    return NextResponse.json({ error: "unauthorized", message: "Sign in first." }, { status: 401, headers: NO_STORE });
  }
  const { slug } = await params;
  const today = todayIso();
  const search = new URL(request.url).searchParams;
  const asOf = parseAsOf({ asOf: search.get("asOf"), mode: search.get("mode") }, today);
  if (!asOf.ok) {
    return NextResponse.json({ error: "bad_request", message: asOf.message }, { status: 400, headers: NO_STORE });
  }
  const data = await getDashboard(await getDb(), { slug, today, audience: "workspace", asOf: asOf.asOf });
  if (!data) {
    return NextResponse.json({ error: "not_found", message: "No project has this address." }, { status: 404, headers: NO_STORE });
  }
  return NextResponse.json(data, { headers: NO_STORE });
}
