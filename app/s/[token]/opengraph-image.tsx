import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { getSharedDashboard } from "@/db/share/resolve";
import { ShareCard } from "./share-card";
import { SHARED_RESPONSE_HEADERS } from "@/db/share/response-headers";
import { PREVIEW_IMAGE } from "./preview-image";
import { openForRequest } from "./shared-access";

export const size = { width: PREVIEW_IMAGE.width, height: PREVIEW_IMAGE.height };
export const contentType = PREVIEW_IMAGE.type;
export const alt = PREVIEW_IMAGE.alt;
// The token is checked on every request, like the page: a revoked link's preview goes too.
export const dynamic = "force-dynamic";

export default async function Image({ params }: { params: Promise<{ token: string }> }) {
  const access = await openForRequest((await params).token, "preview");
  const data = access.ok ? await getSharedDashboard(access.link.slug) : null;
  if (!data) notFound();
  return new ImageResponse(<ShareCard data={data} />, { ...size, headers: SHARED_RESPONSE_HEADERS });
}
