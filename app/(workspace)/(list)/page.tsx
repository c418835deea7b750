import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { IntentLink } from "@/components/intent-link";
import { connection } from "next/server";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { formatPercentBand } from "@/components/format";
import { formatDay } from "@/db/domain/date-wording";
import { requireUser } from "@/db/session";
import { listProjects } from "@/db/queries/projects";
import type { ProjectSummaryData } from "@/db/dashboard-data";
import { todayIso } from "@/db/domain/today";

export const metadata: Metadata = { title: "Projects" };

function ProjectCard({ project: p }: { project: ProjectSummaryData }) {
  // The original plan is named beside the current one only when the plan moved.
  const original = p.status.planMoved ? p.baselineText : null;
  return (
    <li className="project-card">
      <h2 className="project-card__name">
        <IntentLink href={`/projects/${encodeURIComponent(p.slug)}`}>{p.name}</IntentLink>
      </h2>
      <p className="muted">{p.location}</p>
      <dl className="project-card__facts">
        <div>
          <dt>Status</dt>
          <dd>
            <StatusBadge status={p.status} />
          </dd>
        </div>
        <div>
          <dt>{original ? "Current plan" : "Planned completion"}</dt>
          <dd>{p.planText ?? "None recorded"}</dd>
        </div>
        {original && (
          <div>
            <dt>Original plan</dt>
            <dd>{original}</dd>
          </div>
        )}
        <div>
          <dt>Planned today</dt>
          <dd>{p.status.plannedToday ? formatPercentBand(p.status.plannedToday) : "—"}</dd>
        </div>
        <div>
          <dt>Latest whole-project figure</dt>
          <dd>
            {p.status.latestPercent === null ? "—" : `${p.status.latestPercent}%`}
            {p.status.latestPercent !== null && p.latestFigureNote && <span className="muted"> ({p.latestFigureNote})</span>}
          </dd>
        </div>
      </dl>
      <p className="project-card__reason">{p.status.reason}</p>
    </li>
  );
}

/** Projects per page of the list. */
const PAGE_SIZE = 50;

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // The list reads the database and the date: never at build time, always per request.
  await connection();
  await requireUser();
  const today = todayIso();
  const all = await listProjects(await getDb(), { today });
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const asked = Number((await searchParams).page ?? "1");
  const page = Number.isInteger(asked) ? Math.min(Math.max(asked, 1), pages) : 1;
  const projects = all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

  return (
    <div className="projects">
      <div className="page-head">
        <h1>Projects</h1>
        <p className="muted">Status as of {formatDay(today)}, by the rule stated on each dashboard.</p>
      </div>
      {projects.length === 0 ? (
        <p>No projects are tracked yet.</p>
      ) : (
        <ul className="project-list">
          {projects.map((p) => (
            <ProjectCard key={p.slug} project={p} />
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav className="pager" aria-label="Projects: pages">
          {page > 1 ? <IntentLink href={`/?page=${page - 1}`}>Previous page of projects</IntentLink> : <span className="muted">Previous page of projects</span>}
          <p className="pager__position">
            {(page - 1) * PAGE_SIZE + 1}–{(page - 1) * PAGE_SIZE + projects.length} of {all.length} projects, page {page} of {pages}
          </p>
          {page < pages ? <IntentLink href={`/?page=${page + 1}`}>Next page of projects</IntentLink> : <span className="muted">Next page of projects</span>}
        </nav>
      )}
    </div>
  );
}
