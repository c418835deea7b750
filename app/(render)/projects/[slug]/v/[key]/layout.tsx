import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { WorkspaceShell } from "@/app/(workspace)/workspace-shell";
import { renderUser } from "./render-user";

/*
 * The workspace's frame for a dashboard render, here rather than in the page so that a project
 * that does not exist (the page's notFound(), ./not-found.tsx) is still shown inside it. It
 * reads only its params, as the page does: the render stays static.
 */
export default async function DashboardRenderLayout({ children, params }: { children: ReactNode; params: Promise<{ key: string }> }) {
  const loaded = await renderUser((await params).key);
  if (!loaded) notFound();
  return <WorkspaceShell user={loaded.user}>{children}</WorkspaceShell>;
}
