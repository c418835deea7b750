import { getCurrentUser } from "@/db/session";
import { getDb } from "@/db/client";
import { isCsvTable, tableCsv } from "@/db/exports/csv-tables";
import { asOfOf, badAsOf, CSV_TYPE, csvFile, csvFilename, csvTableOf, download, NO_STORE, notFound, unauthorized } from "@/db/exports/responses";
import { todayIso } from "@/db/domain/today";
import { getDashboard } from "@/db/queries/dashboard";

export const dynamic = "force-dynamic";

/** One table of the project as CSV (/projects/<slug>/export/reports.csv), for signed-in users. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; table: string }> }) {
  if (!(await getCurrentUser())) return unauthorized();
  const { slug, table: file } = await params;
  const table = csvTableOf(file);
  if (table === null || !isCsvTable(table)) return notFound();
  const today = todayIso();
  // An as-of view's table is the table of that view (?asOf=, db/dashboard/as-of.ts).
  const asOf = asOfOf(request, today);
  if (!asOf.ok) return badAsOf(asOf.message, NO_STORE);
  const data = await getDashboard(await getDb(), { slug, today, audience: "workspace", asOf: asOf.asOf, whole: true });
  if (!data) return notFound();
  return download(csvFile(tableCsv(data, table)), { contentType: CSV_TYPE, filename: csvFilename(data, table), headers: NO_STORE });
}
