/*
 * Share-link writes: create, revoke, and add the views counted in memory. No `server-only`
 * here: the CLI uses it too. The raw token leaves this module once, in createShareLink's answer,
 * and is written nowhere: not in share_links (only its hash), not in the audit trail.
 */
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../connection";
import { newShareToken } from "../domain/share-token";
import { shareLinks, type ShareLink } from "../schema";
import { actorIdOf, actorLabelOf, recordAudit, type Actor } from "./audit";
import { NotFoundError } from "./errors";
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
});

export async function createShareLink(
  db: Db,
  { projectId, label, expiresInMs, actor, now = new Date() }: { projectId: string; label: string; expiresInMs: number | null; actor: Actor; now?: Date },
): Promise<{ link: ShareLink; token: string }> {
  const parsedLabel = shareLabelSchema.parse(label);
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
  if (!z.uuid().safeParse(id).success) throw new NotFoundError("The share link");
  return inTransaction(db, async (tx) => {
    const scope = projectId ? and(eq(shareLinks.id, id), eq(shareLinks.projectId, projectId)) : eq(shareLinks.id, id);
    const [before] = await tx.select().from(shareLinks).where(scope).for("update");
    if (!before) throw new NotFoundError("The share link");
    if (before.revokedAt) return before;
    const [after] = await tx.update(shareLinks).set({ revokedAt: now }).where(eq(shareLinks.id, before.id)).returning();
    await recordAudit(tx, {
      actor,
      action: "revoke",
      entity: "share_link",
      entityId: before.id,
      projectId: before.projectId,
      before: auditView(before),
      after: auditView(after!),
    });
    return after!;
  });
}

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
