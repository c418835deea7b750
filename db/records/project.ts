/* A project: what the dashboard tracks. Admins create them; the seed creates the first. */
import { z } from "zod";
import { LIMITS, parties, requiredText, rowId, version } from "./fields";

const SLUG_MESSAGE = "Use lowercase letters, digits and dashes, starting with a letter or digit.";

export const projectSchema = z.object({
  slug: z
    .string({ error: SLUG_MESSAGE })
    .trim()
    .max(LIMITS.slug, `At most ${LIMITS.slug} characters.`)
    .regex(/^[a-z0-9][a-z0-9-]*$/, SLUG_MESSAGE),
  name: requiredText("a name", LIMITS.title),
  summary: requiredText("a summary", LIMITS.summary, true),
  location: requiredText("a location", LIMITS.title),
  parties,
});

export type ProjectFields = z.output<typeof projectSchema>;

/** A correction of a project: which one, at the version the admin loaded. */
export const projectUpdateSchema = projectSchema.extend({ id: rowId, version });
