import type { Metadata } from "next";
import { DashboardPage } from "@/components/dashboard/dashboard-page";
import type { DashboardData } from "@/db/dashboard-data";
import type { DashboardDay } from "@/components/dashboard/dashboard-page";
import type { previewImages } from "./preview-image";
import { sharedDashboardQuery } from "./shared-access";

const PRIVATE: Metadata = {
  robots: { index: false, follow: false, nocache: true },
  referrer: "no-referrer",
};

/**
 * The metadata of a shared view: previews always describe today's view, the project as it
 * stands, and name the link itself (og:url) whatever day the page was asked for.
 */
export function sharedMetadata(today: DashboardData | null, origin: string, token: string, images?: ReturnType<typeof previewImages>): Metadata {
  // Absolute image URLs for the previews, which come from opengraph-image.tsx and twitter-image.tsx.
  const metadataBase = new URL(origin);
  if (!today) return { ...PRIVATE, metadataBase, title: "Page not found" };
  const title = today.project.name;
  const description = `${today.status.label}. ${today.status.reason}`;
  return {
    ...PRIVATE,
    metadataBase,
    title,
    description,
    openGraph: { title, description, type: "website", siteName: "Bridgewatch", url: `/s/${encodeURIComponent(token)}`, ...images?.openGraph },
    twitter: { card: "summary_large_image", title, description, ...images?.twitter },
  };
}

interface SharedViewProps extends DashboardDay {
  token: string;
}

/** What a reader of a link sees, for today's render (v/[key]) and for an earlier day's (the dynamic page) alike. */
export function SharedView({ token, ...day }: SharedViewProps) {
  return (
    <DashboardPage
      {...day}
      query={sharedDashboardQuery(token, day.asOf)}
      todayHref={`/s/${encodeURIComponent(token)}`}
      intro={<p className="shared-note muted">Read-only shared view of a project record. It updates by itself as the record changes.</p>}
    />
  );
}
