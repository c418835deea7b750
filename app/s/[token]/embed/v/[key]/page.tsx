import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { readRender, type RenderProps } from "../../../render-route";
import { EmbedPage, embedMetadata } from "../../embed-page";

/*
 * Today's embed, rendered once per render key like the full view's (../../../v/[key]/page.tsx):
 * the proxy checked the token, counted the view and named the sites that may frame it before
 * rewriting here. Nothing here may read the request.
 */
export const revalidate = 30;
export const dynamicParams = true;
export { generateStaticParams } from "../../../render-route";

export async function generateMetadata(props: RenderProps): Promise<Metadata> {
  return embedMetadata((await readRender(props)).loaded?.data ?? null);
}

export default async function EmbedRender(props: RenderProps) {
  const { token, loaded } = await readRender(props);
  if (!loaded) notFound();
  return <EmbedPage token={token} data={loaded.data} />;
}
