import type { NextRequest } from "next/server";
import { listDeletedRecords } from "@/db/queries/history";
import { HISTORY_ENTITIES, isHistoryEntity } from "@/db/records";
import { answer, refuse, workspaceProject } from "../workspace-route";

/**
 * The records of one type deleted from the project and not restored since, newest first:
 * `?entity=project_fact`. Workspace only, as a record's history: its entries name editors.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const found = await workspaceProject(params);
  if (!found.ok) return found.response;
  const entity = request.nextUrl.searchParams.get("entity") ?? "";
  if (!isHistoryEntity(entity)) return refuse(400, "bad_request", `Name a kind of record: entity (${HISTORY_ENTITIES.join(", ")}).`);
  return answer({ entries: await listDeletedRecords(found.db, { projectId: found.project.id, entity }) });
}
