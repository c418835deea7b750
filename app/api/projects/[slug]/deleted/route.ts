import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/db/session";
import { getProjectBySlug } from "@/db/queries/projects";
import { listDeletedRecords } from "@/db/queries/history";
import { HISTORY_ENTITIES, isHistoryEntity } from "@/db/records";

const NO_STORE = { "Cache-Control": "private, no-store" };

/**
 * The records of one type deleted from the project and not restored since, newest first:
 * `?entity=project_fact`. Workspace only, as a record's history: its entries name editors.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  if (!(await getCurrentUser())) {
    return NextResponse.json({ error: "unauthorized", message: "Sign in first." }, { status: 401, headers: NO_STORE });
  }
  const { slug } = await params;
  const db = await getDb();
  const project = await getProjectBySlug(db, { slug });
  if (!project) {
    return NextResponse.json({ error: "not_found", message: "No project has this address." }, { status: 404, headers: NO_STORE });
  }
  const entity = request.nextUrl.searchParams.get("entity") ?? "";
  if (!isHistoryEntity(entity)) {
    return NextResponse.json({ error: "bad_request", message: `Name a kind of record: entity (${HISTORY_ENTITIES.join(", ")}).` }, { status: 400, headers: NO_STORE });
  }
  const entries = await listDeletedRecords(db, { projectId: project.id, entity });
  return NextResponse.json({ entries }, { headers: NO_STORE });
}
