import { NextResponse } from "next/server";
import { getCurrentUser } from "@/db/session";
import { getDb } from "@/db/client";
import { exportProject, serializeProjectFile } from "@/db/project-file/export";

const NO_STORE = { "Cache-Control": "private, no-store" };

/**
 * The project's whole record as a project file (bridgewatch/1), as a download: exactly what
 * `npm run cli -- export --project SLUG` prints. Signed-in users only. The workspace layout's
 * sign-in check does not cover route handlers, so this one checks the session itself.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  if (!(await getCurrentUser())) {
    return NextResponse.json({ error: "unauthorized", message: "Sign in first." }, { status: 401, headers: NO_STORE });
  }
  const { slug } = await params;
  const file = await exportProject(await getDb(), { slug });
  if (!file) {
    return NextResponse.json({ error: "not_found", message: "No project has this address." }, { status: 404, headers: NO_STORE });
  }
  return new Response(serializeProjectFile(file), {
    headers: {
      "Content-Type": "application/json",
      "Content-Disposition": `attachment; filename="${file.project.slug}.bridgewatch.json"`,
      ...NO_STORE,
    },
  });
}
