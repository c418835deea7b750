import type { Db } from "../connection";
import { noteRecordChange } from "../queries/record-version";
import { auditEntries } from "../schema";

export type Actor = { id: string; email: string } | "seed" | "system";

/** The user's id, or null for the seed and the system. */
export const actorIdOf = (actor: Actor) => (typeof actor === "string" ? null : actor.id);
/** How the actor is named in the audit trail and on records: the user's email, or "seed" / "system". */
export const actorLabelOf = (actor: Actor) => (typeof actor === "string" ? actor : actor.email);

export interface AuditInput {
  actor: Actor;
  action: "create" | "update" | "delete" | "restore" | "revoke" | "disable" | "set-role" | "set-password" | "end-sessions";
  entity: string;
  entityId: string;
  projectId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Appends one audit entry; call it inside the transaction that makes the change. */
export async function recordAudit(tx: Db, entry: AuditInput): Promise<void> {
  await tx.insert(auditEntries).values(auditRow(entry));
}

/**
 * The row of one audit entry, for writes that insert it in a statement of their own
 * (db/mutations/versioned.ts). Every entry is built here, so this is where a change is noted
 * for the renders of this process (db/queries/record-version.ts).
 */
export function auditRow(entry: AuditInput): typeof auditEntries.$inferInsert {
  noteRecordChange();
  return {
    actorId: actorIdOf(entry.actor),
    actorLabel: actorLabelOf(entry.actor),
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    projectId: entry.projectId ?? null,
    before: toJson(entry.before),
    after: toJson(entry.after),
  };
}

function toJson(value: unknown) {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}
