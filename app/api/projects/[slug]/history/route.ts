import type { NextRequest } from "next/server";
import { z } from "zod";
import { getRecordHistory } from "@/db/queries/history";
import { HISTORY_ENTITIES, isHistoryEntity } from "@/db/records";
import { answer, refuse, workspaceProject } from "../workspace-route";

/** One record's history: `?entity=progress_report&id=<uuid>`. Workspace only: it names editors. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const found = await workspaceProject(params);
  if (!found.ok) return found.response;
  const entity = request.nextUrl.searchParams.get("entity") ?? "";
  const id = request.nextUrl.searchParams.get("id") ?? "";
  if (!isHistoryEntity(entity) || !z.uuid().safeParse(id).success) {
    return refuse(400, "bad_request", `Name a record: entity (${HISTORY_ENTITIES.join(", ")}) and its id.`);
  }
  return answer({ entries: await getRecordHistory(found.db, { projectId: found.project.id, entity, entityId: id }) });
}
