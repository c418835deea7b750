import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { z } from "zod";
import { getCurrentUser } from "@/db/session";
import { getProjectBySlug } from "@/db/queries/projects";
import { getRecordHistory } from "@/db/queries/history";
import { HISTORY_ENTITIES, isHistoryEntity } from "@/db/records";

const NO_STORE = { "Cache-Control": "private, no-store" };

/** One record's history: `?entity=progress_report&id=<uuid>`. Workspace only: it names editors. */
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
  const id = request.nextUrl.searchParams.get("id") ?? "";
  if (!isHistoryEntity(entity) || !z.uuid().safeParse(id).success) {
    return NextResponse.json(
      { error: "bad_request", message: `Name a record: entity (${HISTORY_ENTITIES.join(", ")}) and its id.` },
      { status: 400, headers: NO_STORE },
    );
  }
  const entries = await getRecordHistory(db, { projectId: project.id, entity, entityId: id });
  return NextResponse.json({ entries }, { headers: NO_STORE });
}
