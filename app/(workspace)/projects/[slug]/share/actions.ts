"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { embedOriginsSchema } from "@/db/domain/embed-origins";
import { ExpiryError, parseExpiry } from "@/db/domain/share-token";
import { projectAction } from "@/db/actions/guard";
import { ok, type ActionResult } from "@/db/mutations/result";
import {
  createShareLink as insertShareLink,
  revokeShareLink as revokeLink,
  setShareLinkEmbedding as setEmbedding,
  shareLabelSchema,
} from "@/db/mutations/share-links";
import { forgetShareLinks } from "@/db/share/resolve";
import { publicOrigin } from "@/app/s/[token]/shared-access";

const slugSchema = z.string().trim().min(1).max(200);

const createSchema = z.object({
  projectSlug: slugSchema,
  label: shareLabelSchema,
  expires: z
    .string()
    .max(16, "Choose an expiry from the list.")
    .refine(isExpiry, "Choose an expiry from 1 hour to 1 year, or never.")
    .transform((value) => parseExpiry(value)),
  embedOrigins: embedOriginsSchema.optional(),
});
const revokeSchema = z.object({ projectSlug: slugSchema, id: z.uuid("Choose a link to revoke.") });
const embeddingSchema = z.object({ projectSlug: slugSchema, id: z.uuid("Choose a link."), embedOrigins: embedOriginsSchema });

function isExpiry(value: string): boolean {
  try {
    parseExpiry(value);
    return true;
  } catch (error) {
    if (error instanceof ExpiryError) return false;
    throw error;
  }
}

const sharePagePath = (slug: string) => `/projects/${encodeURIComponent(slug)}/share`;

/** Creates a link and answers with its full URL: the only time the token is ever shown. */
export async function createShareLink(input: unknown): Promise<ActionResult<{ id: string; url: string; embedOrigins: string[] }>> {
  return projectAction(createSchema, input, async ({ db, user, project, input: data }) => {
    const { link, token } = await insertShareLink(db, {
      projectId: project.id,
      label: data.label,
      expiresInMs: data.expires,
      embedOrigins: data.embedOrigins ?? [],
      actor: user,
    });
    revalidatePath(sharePagePath(project.slug));
    const url = `${await publicOrigin()}/s/${token}`;
    return ok("Link created. Copy it now: it is shown only once.", { id: link.id, url, embedOrigins: link.embedOrigins });
  });
}

/** Revokes a link of the project named in the input, and no other project's. */
export async function revokeShareLink(input: unknown): Promise<ActionResult<null>> {
  return projectAction(revokeSchema, input, async ({ db, user, project, input: data }) => {
    const link = await revokeLink(db, { id: data.id, projectId: project.id, actor: user });
    // This server forgets the token at once; other app servers within a second (SHARE_CACHE_MS).
    forgetShareLinks();
    revalidatePath(sharePagePath(project.slug));
    return ok(`"${link.label}" is revoked. Anyone opening it now gets "page not found".`, null);
  });
}

/** Sets the sites that may embed a link of the project named in the input (none: it cannot be embedded). */
export async function setShareLinkEmbedding(input: unknown): Promise<ActionResult<{ embedOrigins: string[] }>> {
  return projectAction(embeddingSchema, input, async ({ db, user, project, input: data }) => {
    const link = await setEmbedding(db, { id: data.id, projectId: project.id, embedOrigins: data.embedOrigins, actor: user });
    // As for a revoke: this server's frame policy changes at once, others' within a second.
    forgetShareLinks();
    revalidatePath(sharePagePath(project.slug));
    const sites = link.embedOrigins.length;
    return ok(
      sites ? `"${link.label}" may be embedded by ${sites === 1 ? "1 site" : `${sites} sites`}.` : `"${link.label}" can no longer be embedded anywhere.`,
      { embedOrigins: link.embedOrigins },
    );
  });
}
