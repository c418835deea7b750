import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ProjectDashboard } from "@/app/(workspace)/projects/[slug]/project-dashboard";
import { getDb } from "@/db/client";
import { getDashboard } from "@/db/queries/dashboard";
import { renderUser } from "./render-user";

/*
 * Today's dashboard for one user, rendered once per render key (day, record version, user,
 * role) and then answered from Next's incremental cache: the proxy checked the session before
 * rewriting here (db/render/dashboard-render.ts), and no other request reaches this route.
 * Nothing here may read the request (headers, cookies, search): that would make it dynamic.
 */
export const revalidate = 30;
export const dynamicParams = true;
/** Nothing is rendered at build: every key is made by the proxy at request time. */
export function generateStaticParams(): { slug: string; key: string }[] {
  return [];
}

interface RenderProps {
  params: Promise<{ slug: string; key: string }>;
}

/** Metadata and page share one read. The key's user must still exist, be enabled and hold its role. */
const load = cache(async (slug: string, rawKey: string) => {
  const loaded = await renderUser(rawKey);
  if (!loaded) return null;
  const data = await getDashboard(await getDb(), { slug, today: loaded.key.today, audience: "workspace", asOf: null });
  return data && { ...loaded, data };
});

export async function generateMetadata({ params }: RenderProps): Promise<Metadata> {
  const { slug, key } = await params;
  return { title: (await load(slug, key))?.data.project.name ?? "Page not found" };
}

export default async function DashboardRender({ params }: RenderProps) {
  const { slug, key } = await params;
  const loaded = await load(slug, key);
  if (!loaded) notFound();
  // The workspace's frame is the layout's (./layout.tsx), so a 404 here is shown inside it.
  return <ProjectDashboard user={loaded.user} slug={slug} data={loaded.data} today={loaded.key.today} asOf={null} />;
}
