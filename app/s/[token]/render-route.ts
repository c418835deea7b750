import "server-only";
import { loadRender } from "./shared-access";

/*
 * What the two renders of today's view (v/[key]/page.tsx, embed/v/[key]/page.tsx) share. Their
 * segment config (revalidate, dynamicParams) stays in each page: Next reads it from the route's
 * own source.
 */

export interface RenderProps {
  params: Promise<{ token: string; key: string }>;
}

/** Nothing is rendered at build: every key is made by the proxy at request time. */
export function generateStaticParams(): { token: string; key: string }[] {
  return [];
}

/** The route's token and its render (null for a bad key or link): loadRender is cached, so metadata and page share the one read. */
export async function readRender({ params }: RenderProps) {
  const { token, key } = await params;
  return { token, loaded: await loadRender(token, key) };
}
