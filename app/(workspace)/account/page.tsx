import type { Metadata } from "next";
import { headers } from "next/headers";
import { currentSessionOf, requireUser } from "@/db/session";
import { getDb } from "@/db/client";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/db/domain/password";
import { listSessions } from "@/db/queries/sessions";
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
      <section aria-labelledby="password-heading" className="panel">
        <h2 id="password-heading">Password</h2>
        <ChangePasswordForm minLength={PASSWORD_MIN_LENGTH} maxLength={PASSWORD_MAX_LENGTH} />
      </section>
      <section aria-labelledby="sessions-heading" className="panel">
        <h2 id="sessions-heading">Where you are signed in</h2>
        <SessionsTable sessions={rows} />
      </section>
    </div>
  );
}
