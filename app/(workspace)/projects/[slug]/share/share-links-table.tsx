"use client";

import { formatInstant } from "@/components/format";
import { useAction } from "@/components/forms/use-action";
import { RecordsTable } from "../../../records-table";
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
  embedOrigins: string[];
}

const STATE_LABELS: Record<ShareLinkRow["state"], string> = { active: "Active", expired: "Expired", revoked: "Revoked" };

const COLUMNS = ["Label", "Created by", "Created", "Expires", "Last used", "Views", "State", "Embedded by", "Actions"];

const instantOr = (iso: string | null, none: string) => (iso ? formatInstant(iso) : none);

export function ShareLinksTable({ projectSlug, links }: { projectSlug: string; links: ShareLinkRow[] }) {
  const revoking = useAction({ action: revokeShareLink });

  function revoke(link: ShareLinkRow) {
    if (!window.confirm(`Revoke "${link.label}"? Anyone holding the link loses access within a second.`)) return;
    revoking.submit({ projectSlug, id: link.id });
  }

  if (links.length === 0) return <p className="muted">No share links yet.</p>;
  return (
    <RecordsTable columns={COLUMNS} status={revoking.message}>
      {links.map((link) => (
        <tr key={link.id}>
          <td>{link.label}</td>
          <td>{link.createdByLabel}</td>
          <td>{instantOr(link.createdAt, "")}</td>
          <td>{instantOr(link.expiresAt, "Never")}</td>
          <td>{instantOr(link.lastUsedAt, "Never")}</td>
          <td>{link.viewCount}</td>
          <td>{STATE_LABELS[link.state]}</td>
          <td>{link.embedOrigins.length ? link.embedOrigins.join(", ") : "No site"}</td>
          <td>
            {link.state === "active" && (
              <button type="button" disabled={revoking.pending} onClick={() => revoke(link)}>
                Revoke <span className="visually-hidden">{link.label}</span>
              </button>
            )}
          </td>
        </tr>
      ))}
    </RecordsTable>
  );
}
