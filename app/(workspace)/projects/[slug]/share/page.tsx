import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link";
import { notFound } from "next/navigation";
import { requireUser } from "@/db/session";
import { getDb } from "@/db/client";
import { EXPIRY_CHOICES } from "@/db/domain/share-token";
import { getProjectBySlug } from "@/db/queries/projects";
import { listShareLinks } from "@/db/queries/share-links";
import { CreateShareLinkForm } from "./create-share-link-form";
import { EmbeddingForm } from "./embedding-form";
import "@/app/styles/embed.css";
import { ShareLinksTable, type ShareLinkRow } from "./share-links-table";
import { Panel } from "../../../panel";

export const metadata: Metadata = { title: "Share links" };

export default async function ShareLinksPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireUser("editor");
  const { slug } = await params;
  const project = await getProjectBySlug(await getDb(), { slug });
  if (!project) notFound();
  const links = await listShareLinks(await getDb(), { projectId: project.id });
  const rows: ShareLinkRow[] = links.map((l) => ({
    id: l.id,
    label: l.label,
    createdByLabel: l.createdByLabel,
    createdAt: l.createdAt.toISOString(),
    expiresAt: l.expiresAt?.toISOString() ?? null,
    lastUsedAt: l.lastUsedAt?.toISOString() ?? null,
    viewCount: l.viewCount,
    state: l.state,
    embedOrigins: l.embedOrigins,
  }));
  const active = rows.filter((l) => l.state === "active");

  return (
    <div className="page">
      <div className="page-head">
        <h1>Share links: {project.name}</h1>
        <p className="muted">
          Anyone holding a link can read this project&apos;s dashboard without an account, and change nothing. Shared
          views never show who recorded what. Revoking a link ends it within a second.
        </p>
        <p>
          <IntentLink href={`/projects/${encodeURIComponent(project.slug)}`}>Back to the dashboard</IntentLink>
        </p>
      </div>
      <Panel headingId="new-link-heading" title="New link">
        <CreateShareLinkForm projectSlug={project.slug} projectName={project.name} expiryChoices={EXPIRY_CHOICES} defaultExpiry="30d" />
      </Panel>
      <Panel headingId="links-heading" title="Links">
        <ShareLinksTable projectSlug={project.slug} links={rows} />
      </Panel>
      {active.length > 0 && (
        <Panel headingId="embedding-heading" title="Embedding">
          <p className="muted">
            A link may be shown in a frame on the sites listed for it, as a compact view of 600×400 (its status, plan,
            latest figure and chart, with a link to the full view). Every other site is refused, and so is every
            workspace page. A change takes effect within a second.
          </p>
          {active.map((link) => (
            <EmbeddingForm key={link.id} projectSlug={project.slug} projectName={project.name} link={link} />
          ))}
        </Panel>
      )}
    </div>
  );
}
