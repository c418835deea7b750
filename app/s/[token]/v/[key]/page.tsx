import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { localOrigin } from "@/db/share/origin";
import { previewImages } from "../../preview-image";
import { readRender, type RenderProps } from "../../render-route";
import { sharedMetadata, SharedView } from "../../shared-view";

/*
 * Today's shared view, rendered once per render key (day, record version, origin) and then
 * answered from Next's incremental cache: the proxy checked the token and counted the view
 * before rewriting here (db/render/shared-render.ts), and no other request reaches this route.
 * Nothing here may read the request (headers, cookies, search): that would make it dynamic.
 */
export const revalidate = 30;
export const dynamicParams = true;
export { generateStaticParams } from "../../render-route";

export async function generateMetadata(props: RenderProps): Promise<Metadata> {
  const { token, loaded } = await readRender(props);
  return sharedMetadata(loaded?.data ?? null, loaded?.key.origin ?? localOrigin(), token, previewImages(token));
}

export default async function SharedRender(props: RenderProps) {
  const { token, loaded } = await readRender(props);
  if (!loaded) notFound();
  return <SharedView token={token} data={loaded.data} today={loaded.key.today} asOf={null} />;
}
