import { NextResponse } from "next/server";
import { getCurrentUser } from "@/db/session";
import { getDb } from "@/db/client";
import { recordVisit } from "@/db/mutations/visits";
import { getProjectBySlug } from "@/db/queries/projects";

const NO_STORE = { "Cache-Control": "private, no-store" };

/*
 * The signed-in user's previous visit to the dashboard, recorded as now: `{ previous }`, an ISO
 * instant or null. A GET that writes, asked once per page view by the recent-changes panel; the
 * dashboard's own JSON route stays a pure read, since every open view polls it.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "unauthorized", message: "Sign in first." }, { status: 401, headers: NO_STORE });
  const { slug } = await params;
  const db = await getDb();
  const project = await getProjectBySlug(db, { slug });
  if (!project) {
    return NextResponse.json({ error: "not_found", message: "No project has this address." }, { status: 404, headers: NO_STORE });
  }
  const previous = await recordVisit(db, { userId: user.id, projectId: project.id });
  return NextResponse.json({ previous: previous?.toISOString() ?? null }, { headers: NO_STORE });
}
