import type { Metadata } from "next";
import { PageNotFound } from "@/components/pages/page-not-found";

export const metadata: Metadata = { title: "Page not found" };

/** A workspace page's notFound(): shown inside the workspace's header and <main>, as a signed-in reader expects. */
export default function WorkspaceNotFound() {
  return <PageNotFound />;
}
