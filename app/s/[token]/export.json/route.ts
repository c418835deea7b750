import { getDb } from "@/db/client";
import { download, notFound, openSharedRoute, SHARED_RESPONSE_HEADERS } from "@/db/exports/responses";
import { toPublicProjectFile } from "@/db/exports/public-project-file";
import { exportProject, serializeProjectFile } from "@/db/project-file/export";

export const dynamic = "force-dynamic";

/** The shared project's record as a project file (bridgewatch/1): the format's fields, and no editor names. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const shared = await openSharedRoute(request, (await params).token);
  if (!shared.ok) return shared.response;
  const file = await exportProject(await getDb(), { slug: shared.slug });
  if (!file) return notFound(SHARED_RESPONSE_HEADERS);
  return download(serializeProjectFile(toPublicProjectFile(file)), {
    contentType: "application/json",
    filename: `${file.project.slug}.bridgewatch.json`,
    headers: SHARED_RESPONSE_HEADERS,
  });
}
