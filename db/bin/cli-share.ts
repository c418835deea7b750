import type { Db } from "../connection";
import { ExpiryError, parseExpiry } from "../domain/share-token";
import { NotFoundError, RuleError } from "../mutations/errors";
import { createShareLink, revokeShareLink, setShareLinkEmbedding } from "../mutations/share-links";
import { findProjectBySlug } from "../queries/projects";
import { listShareLinks } from "../queries/share-links";
import { required, UsageError, type Args } from "./cli-args";

export const SHARE_USAGE = `  share create --project SLUG [--label L] [--expires 7d] [--embed ORIGINS]   (1h..1y, or none; prints the URL once)
  share list --project SLUG
  share embed ID --origins "https://a.example,https://b.example"   (sites that may frame it; "" for none)
  share revoke ID`;

const DEFAULT_LABEL = "Created from the command line";

/** Where the server is reached: PUBLIC_URL when set, else the local default of `npm start`. */
export function publicBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.PUBLIC_URL || `http://127.0.0.1:${env.PORT || 3000}`;
  return base.replace(/\/+$/, "");
}

async function projectBySlug(db: Db, args: Args) {
  const slug = required(args, "project", "Name the project by its slug, e.g. --project tumen-road-bridge.");
  const project = await findProjectBySlug(db, { slug });
  if (!project) throw new RuleError(`No project with the slug "${slug}".`);
  return project;
}

function expiryOf(args: Args): number | null {
  try {
    return parseExpiry(args.flags.expires ?? "none");
  } catch (error) {
    if (error instanceof ExpiryError) throw new UsageError(error.message);
    throw error;
  }
}

const when = (d: Date | null, none: string) => (d ? d.toISOString().replace(/\.\d{3}Z$/, "Z") : none);

export async function runShareCommand(db: Db, command: string | undefined, args: Args): Promise<void> {
  switch (command) {
    case "create": {
      const project = await projectBySlug(db, args);
      const expiresInMs = expiryOf(args);
      const { link, token } = await createShareLink(db, {
        projectId: project.id,
        label: args.flags.label ?? DEFAULT_LABEL,
        expiresInMs,
        embedOrigins: args.flags.embed ?? "",
        actor: "system",
      });
      // The only place the token is ever shown: it is not stored, so it cannot be shown again.
      console.log(`${publicBaseUrl()}/s/${token}`);
      console.error(`Share link ${link.id} for ${project.slug}, expires ${when(link.expiresAt, "never")}. The URL is shown once.`);
      return;
    }
    case "list": {
      const project = await projectBySlug(db, args);
      const links = await listShareLinks(db, { projectId: project.id });
      if (links.length === 0) console.log(`No share links for ${project.slug}.`);
      for (const l of links) {
        console.log(
          [l.id, l.state.padEnd(7), `views ${l.viewCount}`, `expires ${when(l.expiresAt, "never")}`,
            `last used ${when(l.lastUsedAt, "never")}`, `by ${l.createdByLabel}`, JSON.stringify(l.label),
            `embed ${l.embedOrigins.join(" ") || "none"}`].join("  "),
        );
      }
      return;
    }
    case "embed": {
      const id = args.positional[0] ?? args.flags.id;
      if (!id || id === "true") throw new UsageError("Name the link by its ID (see `share list`).");
      const origins = args.flags.origins;
      if (origins === undefined) throw new UsageError('List the sites with --origins "https://a.example,https://b.example" (or "" for none).');
      try {
        const link = await setShareLinkEmbedding(db, { id, embedOrigins: origins === "true" ? "" : origins, actor: "system" });
        console.log(`Share link ${link.id} may be embedded by: ${link.embedOrigins.join(" ") || "no site"}.`);
      } catch (error) {
        if (error instanceof NotFoundError) throw new RuleError(`No share link ${id}.`);
        throw error;
      }
      return;
    }
    case "revoke": {
      const id = args.positional[0] ?? args.flags.id;
      if (!id || id === "true") throw new UsageError("Name the link to revoke by its ID (see `share list`).");
      try {
        const link = await revokeShareLink(db, { id, actor: "system" });
        console.log(`Share link ${link.id} (${JSON.stringify(link.label)}) is revoked.`);
      } catch (error) {
        if (error instanceof NotFoundError) throw new RuleError(`No share link ${id}.`);
        throw error;
      }
      return;
    }
    default:
      throw new UsageError(`Unknown share command "${command ?? ""}".`);
  }
}
