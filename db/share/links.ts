/*
 * Share links: create, list, revoke, resolve, and count views. No `server-only` here: the CLI
 * uses it too. The raw token leaves this module once, in createShareLink's answer, and is
 * written nowhere: not in share_links (only its hash), not in the audit trail.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../connection";
import { hashShareToken, isWellFormedShareToken, newShareToken } from "../domain/share-token";
import { recordAudit, type Actor } from "../mutations/audit";
import { NotFoundError } from "../mutations/errors";
import { projects, shareLinks, type ShareLink } from "../schema";

export const shareLabelSchema = z
  .string()
  .trim()
  .min(1, "Give the link a label, e.g. who it is for.")
  .max(100, "A label has at most 100 characters.");

export type ShareLinkState = "active" | "expired" | "revoked";

export interface ShareLinkSummary {
  id: string;
  label: string;
  createdByLabel: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  viewCount: number;
  state: ShareLinkState;
}

export interface ResolvedShareLink {
  linkId: string;
  projectId: string;
  slug: string;
  /** When it stops working by itself, so a cache never outlives it. */
  expiresAt: Date | null;
}

export function stateOf(link: Pick<ShareLink, "expiresAt" | "revokedAt">, now: Date): ShareLinkState {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt && link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

/** What the audit trail keeps of a link: never the token, never its hash. */
const auditView = (link: ShareLink) => ({
  label: link.label,
  expiresAt: link.expiresAt?.toISOString() ?? null,
  revokedAt: link.revokedAt?.toISOString() ?? null,
});

export async function createShareLink(
  db: Db,
  args: { projectId: string; label: string; expiresInMs: number | null; actor: Actor; now?: Date },
): Promise<{ link: ShareLink; token: string }> {
  const label = shareLabelSchema.parse(args.label);
  const now = args.now ?? new Date();
  const { token, hash } = newShareToken();
  const actor = args.actor;
  const link = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(shareLinks)
      .values({
        projectId: args.projectId,
        label,
        tokenHash: hash,
        createdBy: typeof actor === "string" ? null : actor.id,
        createdByLabel: typeof actor === "string" ? actor : actor.email,
        createdAt: now,
        expiresAt: args.expiresInMs === null ? null : new Date(now.getTime() + args.expiresInMs),
      })
      .returning();
    await recordAudit(tx, {
      actor,
      action: "create",
      entity: "share_link",
      entityId: created!.id,
      projectId: args.projectId,
      after: auditView(created!),
    });
    return created!;
  });
  return { link, token };
}

export async function listShareLinks(db: Db, args: { projectId: string; now?: Date }): Promise<ShareLinkSummary[]> {
  const now = args.now ?? new Date();
  const rows = await db
    .select()
    .from(shareLinks)
    .where(eq(shareLinks.projectId, args.projectId))
    .orderBy(desc(shareLinks.createdAt));
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    createdByLabel: row.createdByLabel,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
    viewCount: row.viewCount,
    state: stateOf(row, now),
  }));
}

/**
 * Revokes a link. With a projectId, only a link of that project: an editor of one project's
 * page cannot reach another project's links by guessing ids. Revoking twice changes nothing.
 */
export async function revokeShareLink(
  db: Db,
  args: { id: string; projectId?: string; actor: Actor; now?: Date },
): Promise<ShareLink> {
  if (!z.uuid().safeParse(args.id).success) throw new NotFoundError("The share link");
  const now = args.now ?? new Date();
  return db.transaction(async (tx) => {
    const scope = args.projectId
      ? and(eq(shareLinks.id, args.id), eq(shareLinks.projectId, args.projectId))
      : eq(shareLinks.id, args.id);
    const [before] = await tx.select().from(shareLinks).where(scope).for("update");
    if (!before) throw new NotFoundError("The share link");
    if (before.revokedAt) return before;
    const [after] = await tx.update(shareLinks).set({ revokedAt: now }).where(eq(shareLinks.id, before.id)).returning();
    await recordAudit(tx, {
      actor: args.actor,
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

/** The link a token opens, or null for every kind of bad token alike (malformed, unknown, expired, revoked). */
export async function resolveShareToken(db: Db, token: string, now: Date): Promise<ResolvedShareLink | null> {
  if (!isWellFormedShareToken(token)) return null;
  const [row] = await db
    .select({
      linkId: shareLinks.id,
      projectId: shareLinks.projectId,
      slug: projects.slug,
      expiresAt: shareLinks.expiresAt,
      revokedAt: shareLinks.revokedAt,
    })
    .from(shareLinks)
    .innerJoin(projects, eq(projects.id, shareLinks.projectId))
    .where(eq(shareLinks.tokenHash, hashShareToken(token)))
    .limit(1);
  if (!row || stateOf(row, now) !== "active") return null;
  return { linkId: row.linkId, projectId: row.projectId, slug: row.slug, expiresAt: row.expiresAt };
}

export interface ViewTally {
  views: number;
  lastUsedAt: Date;
}

/**
 * Adds views counted in memory to the links. Increments rather than sets, and keeps the later
 * last-used time, so several app servers flushing at once never lose each other's counts.
 */
export async function recordShareViews(db: Db, tallies: ReadonlyMap<string, ViewTally>): Promise<void> {
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
