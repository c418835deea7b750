"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import { revokeShareLink } from "./actions";

export interface ShareLinkRow {
  id: string;
  label: string;
  createdByLabel: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  viewCount: number;
  state: "active" | "expired" | "revoked";
}

const STATE_LABELS: Record<ShareLinkRow["state"], string> = { active: "Active", expired: "Expired", revoked: "Revoked" };

/** In UTC, so the server and every browser print the same text. */
function formatInstant(iso: string | null, none: string): string {
  if (!iso) return none;
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function ShareLinksTable({ projectSlug, links }: { projectSlug: string; links: ShareLinkRow[] }) {
  const [pending, startTransition] = useTransition();

  function revoke(link: ShareLinkRow) {
    if (!window.confirm(`Revoke "${link.label}"? Anyone holding the link loses access within a second.`)) return;
    startTransition(async () => {
      const result = await revokeShareLink({ projectSlug, id: link.id });
      if (result.ok) toast.success(result.message);
      else toast.error(result.message);
    });
  }

  if (links.length === 0) return <p className="muted">No share links yet.</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">Created by</th>
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
            <th scope="col">Last used</th>
            <th scope="col">Views</th>
            <th scope="col">State</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {links.map((link) => (
            <tr key={link.id}>
              <td>{link.label}</td>
              <td>{link.createdByLabel}</td>
              <td>{formatInstant(link.createdAt, "")}</td>
              <td>{formatInstant(link.expiresAt, "Never")}</td>
              <td>{formatInstant(link.lastUsedAt, "Never")}</td>
              <td>{link.viewCount}</td>
              <td>{STATE_LABELS[link.state]}</td>
              <td>
                {link.state === "active" && (
                  <button type="button" disabled={pending} onClick={() => revoke(link)}>
                    Revoke <span className="visually-hidden">{link.label}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
