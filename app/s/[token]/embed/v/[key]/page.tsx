import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { parseRenderKey } from "@/db/render/shared-render";
import { getSharedDashboard, openShareLink } from "@/db/share/resolve";
import { EmbedPage, embedMetadata } from "../../embed-page";

/*
 * Today's embed, rendered once per render key like the full view's (../../../v/[key]/page.tsx):
 * the proxy checked the token, counted the view and named the sites that may frame it before
 * rewriting here. Nothing here may read the request.
 */
export const revalidate = 30;
export const dynamicParams = true;
export function generateStaticParams(): { token: string; key: string }[] {
  return [];
}

interface RenderProps {
  params: Promise<{ token: string; key: string }>;
}

const load = cache(async (token: string, rawKey: string) => {
  if (!parseRenderKey(rawKey)) return null;
  const access = await openShareLink(token, { ip: "render", use: "preview" });
  return access.ok ? getSharedDashboard(access.link.slug) : null;
});

export async function generateMetadata({ params }: RenderProps): Promise<Metadata> {
  const { token, key } = await params;
  return embedMetadata(await load(token, key));
}

export default async function EmbedRender({ params }: RenderProps) {
  const { token, key } = await params;
  const data = await load(token, key);
  if (!data) notFound();
  return <EmbedPage token={token} data={data} />;
}
