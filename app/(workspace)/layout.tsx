import type { ReactNode } from "react";
import { requireUser } from "@/db/session";
import { WorkspaceShell } from "./workspace-shell";

/** The private workspace: every page under it needs a session, and shows who is signed in. */
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  return <WorkspaceShell user={await requireUser()}>{children}</WorkspaceShell>;
}
