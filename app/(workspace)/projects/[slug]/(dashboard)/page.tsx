import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireUser } from "@/db/session";
import { getDb } from "@/db/client";
import { parseAsOf, type AsOf } from "@/db/dashboard/as-of";
import { todayIso } from "@/db/domain/today";
import { getDashboard } from "@/db/queries/dashboard";
import { ProjectDashboard } from "../project-dashboard";

/*
 * The dynamic dashboard: an earlier day's view (?asOf=), and any request the proxy did not
 * route to today's render (db/render/dashboard-render.ts), which redirects without a session.
 */
type SearchParams = Record<string, string | string[] | undefined>;

interface ProjectPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<SearchParams>;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

/** The view the address asks for; an asOf that cannot be read shows today's view, with the reason at the control. */
function asOfOf(search: SearchParams, today: string) {
  return parseAsOf({ asOf: first(search.asOf), mode: first(search.mode) }, today);
}

// Metadata and page share one read per request.
const loadDashboard = cache(async (slug: string, today: string, day: string | null, mode: AsOf["mode"]) =>
  getDashboard(await getDb(), { slug, today, audience: "workspace", asOf: day ? { day, mode } : null }),
);

export async function generateMetadata({ params, searchParams }: ProjectPageProps): Promise<Metadata> {
  await requireUser();
  const today = todayIso();
  const parsed = asOfOf(await searchParams, today);
  const asOf = parsed.ok ? parsed.asOf : null;
  const data = await loadDashboard((await params).slug, today, asOf?.day ?? null, asOf?.mode ?? "published");
  return { title: data?.project.name ?? "Page not found" };
}

export default async function ProjectPage({ params, searchParams }: ProjectPageProps) {
  const user = await requireUser();
  const { slug } = await params;
  const today = todayIso();
  const parsed = asOfOf(await searchParams, today);
  const asOf = parsed.ok ? parsed.asOf : null;
  const data = await loadDashboard(slug, today, asOf?.day ?? null, asOf?.mode ?? "published");
  if (!data) notFound();
  return <ProjectDashboard user={user} slug={slug} data={data} today={today} asOf={asOf} asOfError={parsed.ok ? null : parsed.message} />;
}
