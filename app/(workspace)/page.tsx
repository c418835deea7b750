import type { Metadata } from "next";
import { getDb } from "@/db/client";
import Link from "next/link";
import { connection } from "next/server";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { formatPercentBand } from "@/components/format";
import { formatDay } from "@/db/domain/date-wording";
import { requireUser } from "@/db/auth/session";
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
        <Link href={`/projects/${encodeURIComponent(p.slug)}`}>{p.name}</Link>
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
          <dd>{p.status.latestPercent === null ? "—" : `${p.status.latestPercent}%`}</dd>
        </div>
      </dl>
      <p className="project-card__reason">{p.status.reason}</p>
    </li>
  );
}

export default async function ProjectsPage() {
  // The list reads the database and the date: never at build time, always per request.
  await connection();
  await requireUser();
  const today = todayIso();
  const projects = await listProjects(await getDb(), { today });

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
    </div>
  );
}
