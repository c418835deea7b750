import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadRender } from "../../../shared-access";
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

export async function generateMetadata({ params }: RenderProps): Promise<Metadata> {
  const { token, key } = await params;
  return embedMetadata((await loadRender(token, key))?.data ?? null);
}

export default async function EmbedRender({ params }: RenderProps) {
  const { token, key } = await params;
  const loaded = await loadRender(token, key);
  if (!loaded) notFound();
  return <EmbedPage token={token} data={loaded.data} />;
}
