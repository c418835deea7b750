/*
 * Share-link writes: create, revoke, and add the views counted in memory. No `server-only`
 * here: the CLI uses it too. The raw token leaves this module once, in createShareLink's answer,
 * and is written nowhere: not in share_links (only its hash), not in the audit trail.
 */
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../connection";
import { embedOriginsSchema } from "../domain/embed-origins";
import { newShareToken } from "../domain/share-token";
import { shareLinks, type ShareLink } from "../schema";
import { actorIdOf, actorLabelOf, recordAudit, type Actor } from "./audit";
import { NotFoundError, RuleError } from "./errors";
import { inTransaction } from "./transaction";

export const shareLabelSchema = z
  .string()
  .trim()
  .min(1, "Give the link a label, e.g. who it is for.")
  .max(100, "A label has at most 100 characters.");

/** What the audit trail keeps of a link: never the token, never its hash. */
const auditView = (link: ShareLink) => ({
  label: link.label,
  expiresAt: link.expiresAt?.toISOString() ?? null,
  revokedAt: link.revokedAt?.toISOString() ?? null,
  embedOrigins: link.embedOrigins,
});

/** The allowlist as given, or a RuleError naming each bad origin for the field it was typed in. */
function parseEmbedOrigins(origins: string | readonly string[]): string[] {
  const parsed = embedOriginsSchema.safeParse(origins);
  if (parsed.success) return parsed.data;
  const messages = parsed.error.issues.map((i) => i.message);
  throw new RuleError(messages.join(" "), { embedOrigins: messages });
}

export async function createShareLink(
  db: Db,
  {
    projectId,
    label,
    expiresInMs,
    embedOrigins = [],
    actor,
    now = new Date(),
  }: { projectId: string; label: string; expiresInMs: number | null; embedOrigins?: string | readonly string[]; actor: Actor; now?: Date },
): Promise<{ link: ShareLink; token: string }> {
  const parsedLabel = shareLabelSchema.parse(label);
  const origins = parseEmbedOrigins(embedOrigins);
  const { token, hash } = newShareToken();
  const link = await inTransaction(db, async (tx) => {
    const [created] = await tx
      .insert(shareLinks)
      .values({
        projectId,
        label: parsedLabel,
        tokenHash: hash,
        createdBy: actorIdOf(actor),
        createdByLabel: actorLabelOf(actor),
        createdAt: now,
        expiresAt: expiresInMs === null ? null : new Date(now.getTime() + expiresInMs),
        embedOrigins: origins,
      })
      .returning();
    await recordAudit(tx, { actor, action: "create", entity: "share_link", entityId: created!.id, projectId, after: auditView(created!) });
    return created!;
  });
  return { link, token };
}

/**
 * Revokes a link. With a projectId, only a link of that project: an editor of one project's
 * page cannot reach another project's links by guessing ids. Revoking twice changes nothing.
 */
export async function revokeShareLink(
  db: Db,
  { id, projectId, actor, now = new Date() }: { id: string; projectId?: string; actor: Actor; now?: Date },
): Promise<ShareLink> {
  return changeShareLink(db, { id, projectId, actor, action: "revoke" }, (before) => (before.revokedAt ? null : { revokedAt: now }));
}

/**
 * Sets the sites that may embed a link (empty: none may). As for revoking, with a projectId only
 * a link of that project. A revoked link keeps the list it had: it frames nothing any more.
 */
export async function setShareLinkEmbedding(
  db: Db,
  { id, projectId, embedOrigins, actor }: { id: string; projectId?: string; embedOrigins: string | readonly string[]; actor: Actor },
): Promise<ShareLink> {
  const origins = parseEmbedOrigins(embedOrigins);
  return changeShareLink(db, { id, projectId, actor, action: "update" }, (before) => {
    if (before.revokedAt) throw new RuleError("This link is revoked: it can no longer be embedded anywhere.", { embedOrigins: ["This link is revoked."] });
    return sameList(before.embedOrigins, origins) ? null : { embedOrigins: origins };
  });
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export interface ViewTally {
  views: number;
  lastUsedAt: Date;
}

/**
 * Adds views counted in memory to the links. Increments rather than sets, and keeps the later
 * last-used time, so several app servers flushing at once never lose each other's counts.
 */
export async function recordShareViews(db: Db, { tallies }: { tallies: ReadonlyMap<string, ViewTally> }): Promise<void> {
  await Promise.all(
    [...tallies].map(([id, tally]) =>
      db
        .update(shareLinks)
        .set({
          viewCount: sql`${shareLinks.viewCount} + ${tally.views}`,
          lastUsedAt: sql`greatest(${shareLinks.lastUsedAt}, ${tally.lastUsedAt.toISOString()}::timestamptz)`,
        })
        .where(eq(shareLinks.id, id)),
    ),
  );
}

/**
 * One change to one link, locked for it: of `projectId` only when given (a web action's
 * project), so another project's link id is "not found". `change` says what to set, or null for
 * nothing to do (the link is returned as it is); it may refuse with a RuleError. A change is
 * written with its audit entry, before and after, in one transaction.
 */
async function changeShareLink(
  db: Db,
  { id, projectId, actor, action }: { id: string; projectId?: string; actor: Actor; action: "revoke" | "update" },
  change: (before: ShareLink) => Partial<typeof shareLinks.$inferInsert> | null,
): Promise<ShareLink> {
  if (!z.uuid().safeParse(id).success) throw new NotFoundError("The share link");
  return inTransaction(db, async (tx) => {
    const scope = projectId ? and(eq(shareLinks.id, id), eq(shareLinks.projectId, projectId)) : eq(shareLinks.id, id);
    const [before] = await tx.select().from(shareLinks).where(scope).for("update");
    if (!before) throw new NotFoundError("The share link");
    const patch = change(before);
    if (!patch) return before;
    const [after] = await tx.update(shareLinks).set(patch).where(eq(shareLinks.id, before.id)).returning();
    await recordAudit(tx, {
      actor,
      action,
      entity: "share_link",
      entityId: before.id,
      projectId: before.projectId,
      before: auditView(before),
      after: auditView(after!),
    });
    return after!;
  });
}
