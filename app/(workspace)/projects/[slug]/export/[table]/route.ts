import { getCurrentUser } from "@/db/auth/session";
import { getDb } from "@/db/client";
import { isCsvTable, tableCsv } from "@/db/exports/csv-tables";
import { CSV_TYPE, csvTableOf, download, NO_STORE, notFound, unauthorized } from "@/db/exports/responses";
import { todayIso } from "@/db/domain/today";
import { getDashboard } from "@/db/queries/dashboard";

export const dynamic = "force-dynamic";

/** One table of the project as CSV (/projects/<slug>/export/reports.csv), for signed-in users. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; table: string }> }) {
  if (!(await getCurrentUser())) return unauthorized();
  const { slug, table: file } = await params;
  const table = csvTableOf(file);
  if (table === null || !isCsvTable(table)) return notFound();
  const data = await getDashboard(await getDb(), { slug, today: todayIso(), audience: "workspace" });
  if (!data) return notFound();
  return download(tableCsv(data, table), { contentType: CSV_TYPE, filename: `${data.project.slug}-${table}.csv`, headers: NO_STORE });
}
