import type { Db } from "../connection";
import { auditEntries } from "../schema";

export type Actor = { id: string; email: string } | "seed" | "system";

export interface AuditInput {
  actor: Actor;
  action: "create" | "update" | "delete" | "revoke" | "disable" | "set-role";
  entity: string;
  entityId: string;
  projectId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Appends one audit entry; call it inside the transaction that makes the change. */
export async function recordAudit(tx: Db, entry: AuditInput): Promise<void> {
  const actor = entry.actor;
  await tx.insert(auditEntries).values({
    actorId: typeof actor === "string" ? null : actor.id,
    actorLabel: typeof actor === "string" ? actor : actor.email,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    projectId: entry.projectId ?? null,
    before: toJson(entry.before),
    after: toJson(entry.after),
  });
}

function toJson(value: unknown) {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}
