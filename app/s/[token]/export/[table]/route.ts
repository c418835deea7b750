import { asOfOf, badAsOf, CSV_TYPE, csvFile, csvFilename, csvTableOf, download, notFound, openSharedRoute, SHARED_RESPONSE_HEADERS } from "@/db/exports/responses";
import { isCsvTable, tableCsv } from "@/db/exports/csv-tables";
import { todayIso } from "@/db/domain/today";
import { getSharedDashboardAsOf } from "@/db/share/shared-as-of";

export const dynamic = "force-dynamic";

/** One table of the shared project as CSV (/s/<token>/export/reports.csv), from the public dashboard only; `?asOf=` gives the table of that day's view. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string; table: string }> }) {
  const { token, table: file } = await params;
  const table = csvTableOf(file);
  const shared = await openSharedRoute(request, token);
  if (!shared.ok) return shared.response;
  if (table === null || !isCsvTable(table)) return notFound(SHARED_RESPONSE_HEADERS);
  const asOf = asOfOf(request, todayIso());
  if (!asOf.ok) return badAsOf(asOf.message, SHARED_RESPONSE_HEADERS);
  const data = await getSharedDashboardAsOf(shared.slug, asOf.asOf, { whole: true });
  if (!data) return notFound(SHARED_RESPONSE_HEADERS);
  return download(csvFile(tableCsv(data, table)), { contentType: CSV_TYPE, filename: csvFilename(data, table), headers: SHARED_RESPONSE_HEADERS });
}
