import { getDb } from "@/db/client";
import { getCurrentUser } from "@/db/session";
import { parseAsOf } from "@/db/dashboard/as-of";
import type { PagedListName } from "@/db/dashboard-data";
import { getListPage, PAGED_LISTS } from "@/db/queries/dashboard";
import { todayIso } from "@/db/domain/today";

import { answer, refuse } from "../workspace-route";

const MAX_PAGE = 100_000;

/**
 * One page of a large project's reports or events (`?list=reports&page=2`, and `asOf`/`mode` as
 * on the dashboard's route): what a paged table of the dashboard reads beyond its first page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  if (!(await getCurrentUser())) return refuse(401, "unauthorized", "Sign in first.");
  const { slug } = await params;
  const search = new URL(request.url).searchParams;
  const list = search.get("list");
  if (!PAGED_LISTS.includes(list as PagedListName)) return refuse(400, "bad_request", `Name the list: ${PAGED_LISTS.join(" or ")}.`);
  const page = Number(search.get("page") ?? "1");
  if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE) return refuse(400, "bad_request", "The page is a whole number from 1.");
  const today = todayIso();
  const asOf = parseAsOf({ asOf: search.get("asOf"), mode: search.get("mode") }, today);
  if (!asOf.ok) return refuse(400, "bad_request", asOf.message);
  const data = await getListPage(await getDb(), { slug, today, audience: "workspace", asOf: asOf.asOf, list: list as PagedListName, page });
  if (!data) return refuse(404, "not_found", "No project has this address.");
  return answer(data);
}
