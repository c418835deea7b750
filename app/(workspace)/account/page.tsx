import type { Metadata } from "next";
import { headers } from "next/headers";
import { currentSessionOf, requireUser } from "@/db/session";
import { getDb } from "@/db/client";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/db/domain/password";
import { listSessions } from "@/db/queries/sessions";
import { Panel } from "../panel";
import { ChangePasswordForm } from "./change-password-form";
import { SessionsTable } from "./sessions-table";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const me = await requireUser();
  const [sessions, current] = await Promise.all([listSessions(await getDb(), { userId: me.id }), currentSessionOf(await headers())]);
  const rows = sessions.map((s) => ({
    id: s.id,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    userAgent: s.userAgent,
    ipAddress: s.ipAddress,
    isCurrent: s.id === current?.id,
  }));
  return (
    <div className="page">
      <h1>Your account</h1>
      <p className="muted">
        Signed in as {me.email} ({me.role}).
      </p>
      <Panel headingId="password-heading" title="Password">
        <ChangePasswordForm minLength={PASSWORD_MIN_LENGTH} maxLength={PASSWORD_MAX_LENGTH} />
      </Panel>
      <Panel headingId="sessions-heading" title="Where you are signed in">
        <SessionsTable sessions={rows} />
      </Panel>
    </div>
  );
}
