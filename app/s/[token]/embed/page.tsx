import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSharedDashboard } from "@/db/share/resolve";
import { openForRequest } from "../shared-access";
import { EmbedPage, embedMetadata } from "./embed-page";

/*
 * The embed's dynamic route: what the proxy does not send to a render (db/render/shared-render.ts),
 * which is every bad token's 404. It sends no frame policy, so no site may frame it.
 */
export const dynamic = "force-dynamic";

interface EmbedProps {
  params: Promise<{ token: string }>;
}

export async function generateMetadata({ params }: EmbedProps): Promise<Metadata> {
  const { token } = await params;
  const access = await openForRequest(token, "view");
  return embedMetadata(access.ok ? await getSharedDashboard(access.link.slug) : null);
}

export default async function SharedEmbed({ params }: EmbedProps) {
  const { token } = await params;
  const access = await openForRequest(token, "view");
  if (!access.ok) notFound();
  const data = await getSharedDashboard(access.link.slug);
  if (!data) notFound();
  return <EmbedPage token={token} data={data} />;
}
