"use client";

import { useRouter } from "next/navigation";
import { formatInstant } from "@/components/format";
import { useAction } from "@/components/forms/use-action";
import { signOutEverywhere, signOutSession } from "./actions";

export interface SessionRow {
  id: string;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
  userAgent: string | null;
  ipAddress: string | null;
  isCurrent: boolean;
}

export function SessionsTable({ sessions }: { sessions: SessionRow[] }) {
  const router = useRouter();
  const ending = useAction({ action: signOutSession });
  const everywhere = useAction({ action: () => signOutEverywhere() });

  return (
    <div className="table-scroll">
      <p role="status" aria-live="polite" className="form-message">
        {ending.message || everywhere.message}
      </p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Signed in</th>
            <th scope="col">Last active</th>
            <th scope="col">Expires</th>
            <th scope="col">Browser</th>
            <th scope="col">IP address</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id}>
              <td>{formatInstant(s.createdAt)}</td>
              <td>{formatInstant(s.updatedAt)}</td>
              <td>{formatInstant(s.expiresAt)}</td>
              <td>{s.userAgent ?? "Unknown"}</td>
              <td>{s.ipAddress ?? "Unknown"}</td>
              <td>
                {s.isCurrent ? (
                  <strong>This session</strong>
                ) : (
                  <button type="button" name="sessionId" value={s.id} disabled={ending.pending} onClick={() => ending.submit({ sessionId: s.id })}>
                    Sign out <span className="visually-hidden">the session signed in {formatInstant(s.createdAt)}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row-actions">
        <button
          type="button"
          disabled={everywhere.pending}
          onClick={() => {
            if (!window.confirm("Sign out of every session, this one too?")) return;
            // Every session is gone, this one too: the cookie left behind only gets the sign-in page.
            everywhere.submit(undefined, () => router.replace("/login"));
          }}
        >
          Sign out everywhere
        </button>
      </div>
    </div>
  );
}
