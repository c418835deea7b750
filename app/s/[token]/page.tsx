import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { parseAsOf } from "@/db/dashboard/as-of";
import { todayIso } from "@/db/domain/today";
import { localOrigin, publicOriginOf } from "@/db/share/origin";
import { getSharedDashboard } from "@/db/share/resolve";
import { getSharedDashboardAsOf } from "@/db/share/shared-as-of";
import { openForRequest } from "./shared-access";
import { sharedMetadata, SharedView } from "./shared-view";

/*
 * The dynamic shared view: an earlier day's view (?asOf=), and every bad token's 404. Today's
 * view of a good token is the proxy's rewrite to v/[key], rendered once per record version
 * (db/render/shared-render.ts). Every request here checks its token.
 */
export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

interface SharedPageProps {
  params: Promise<{ token: string }>;
  searchParams: Promise<SearchParams>;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

export async function generateMetadata({ params }: SharedPageProps): Promise<Metadata> {
  const { token } = await params;
  const access = await openForRequest(token, "view");
  const data = access.ok ? await getSharedDashboard(access.link.slug) : null;
  return sharedMetadata(data, publicOriginOf(await headers(), localOrigin()), token);
}

export default async function SharedDashboardPage({ params, searchParams }: SharedPageProps) {
  const { token } = await params;
  const access = await openForRequest(token, "view");
  if (!access.ok) notFound();
  const today = todayIso();
  const search = await searchParams;
  const parsed = parseAsOf({ asOf: first(search.asOf), mode: first(search.mode) }, today);
  const asOf = parsed.ok ? parsed.asOf : null;
  const data = await getSharedDashboardAsOf(access.link.slug, asOf);
  if (!data) notFound();
  return <SharedView token={token} data={data} today={today} asOf={asOf} asOfError={parsed.ok ? null : parsed.message} />;
}
