import { CSV_TYPE, csvTableOf, download, notFound, openSharedRoute, SHARED_RESPONSE_HEADERS } from "@/db/exports/responses";
import { isCsvTable, tableCsv } from "@/db/exports/csv-tables";
import { getSharedDashboard } from "@/db/share/resolve";

export const dynamic = "force-dynamic";

/** One table of the shared project as CSV (/s/<token>/export/reports.csv), from the public dashboard only. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string; table: string }> }) {
  const { token, table: file } = await params;
  const table = csvTableOf(file);
  const shared = await openSharedRoute(request, token);
  if (!shared.ok) return shared.response;
  if (table === null || !isCsvTable(table)) return notFound(SHARED_RESPONSE_HEADERS);
  const data = await getSharedDashboard(shared.slug);
  if (!data) return notFound(SHARED_RESPONSE_HEADERS);
  return download(tableCsv(data, table), { contentType: CSV_TYPE, filename: `${data.project.slug}-${table}.csv`, headers: SHARED_RESPONSE_HEADERS });
}
