/* Reading share links: a project's list, and the link a token opens. No `server-only`: the CLI lists them too. */
import { desc, eq } from "drizzle-orm";
import type { Db } from "../connection";
import { hashShareToken, isWellFormedShareToken } from "../domain/share-token";
import { projects, shareLinks, type ShareLink } from "../schema";

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
  /** The sites that may embed it; empty: none. */
  embedOrigins: string[];
}

export interface ResolvedShareLink {
  linkId: string;
  projectId: string;
  slug: string;
  /** When it stops working by itself, so a cache never outlives it. */
  expiresAt: Date | null;
  /** The sites that may frame its views: the frame-ancestors of its responses. */
  embedOrigins: readonly string[];
}

function stateOf(link: Pick<ShareLink, "expiresAt" | "revokedAt">, now: Date): ShareLinkState {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt && link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

export async function listShareLinks(db: Db, { projectId, now = new Date() }: { projectId: string; now?: Date }): Promise<ShareLinkSummary[]> {
  const rows = await db.select().from(shareLinks).where(eq(shareLinks.projectId, projectId)).orderBy(desc(shareLinks.createdAt));
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
    embedOrigins: row.embedOrigins,
  }));
}

/** The link a token opens, or null for every kind of bad token alike (malformed, unknown, expired, revoked). */
export async function resolveShareToken(db: Db, { token, now }: { token: string; now: Date }): Promise<ResolvedShareLink | null> {
  if (!isWellFormedShareToken(token)) return null;
  const [row] = await db
    .select({
      linkId: shareLinks.id,
      projectId: shareLinks.projectId,
      slug: projects.slug,
      expiresAt: shareLinks.expiresAt,
      revokedAt: shareLinks.revokedAt,
      embedOrigins: shareLinks.embedOrigins,
    })
    .from(shareLinks)
    .innerJoin(projects, eq(projects.id, shareLinks.projectId))
    .where(eq(shareLinks.tokenHash, hashShareToken(token)))
    .limit(1);
  if (!row || stateOf(row, now) !== "active") return null;
  return { linkId: row.linkId, projectId: row.projectId, slug: row.slug, expiresAt: row.expiresAt, embedOrigins: row.embedOrigins };
}
