"use client";

import { useRouter } from "next/navigation";
import { formatInstant } from "@/components/format";
import { useAction } from "@/components/forms/use-action";
import { RecordsTable } from "../records-table";
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

const COLUMNS = ["Signed in", "Last active", "Expires", "Browser", "IP address", "Actions"];

export function SessionsTable({ sessions }: { sessions: SessionRow[] }) {
  const router = useRouter();
  const ending = useAction({ action: signOutSession });
  const everywhere = useAction({ action: () => signOutEverywhere() });

  return (
    <RecordsTable
      columns={COLUMNS}
      status={ending.message || everywhere.message}
      after={
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
      }
    >
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
    </RecordsTable>
  );
}
