import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { getSharedDashboard } from "@/db/share/resolve";
import { ShareCard } from "./share-card";
import { SHARED_RESPONSE_HEADERS } from "@/db/share/page-cache";
import { openForRequest } from "./shared-access";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "The project's status and its planned progress against reported figures";
// The token is checked on every request, like the page: a revoked link's preview goes too.
export const dynamic = "force-dynamic";

export default async function Image({ params }: { params: Promise<{ token: string }> }) {
  const access = await openForRequest((await params).token, "preview");
  const data = access.ok ? await getSharedDashboard(access.link.slug) : null;
  if (!data) notFound();
  return new ImageResponse(<ShareCard data={data} />, { ...size, headers: SHARED_RESPONSE_HEADERS });
}
