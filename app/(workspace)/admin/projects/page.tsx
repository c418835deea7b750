import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link";
import { connection } from "next/server";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { requireUser } from "@/db/session";
import { getDb } from "@/db/client";
import { todayIso } from "@/db/domain/today";
import { listProjects } from "@/db/queries/projects";
import { Panel } from "../../panel";
import { RecordsTable } from "../../records-table";
import { CreateProjectForm } from "./create-project-form";
import { EditProjectForm } from "./edit-project-form";

export const metadata: Metadata = { title: "Manage projects" };

export default async function AdminProjectsPage() {
  // The status column reads the date: never at build time, always per request.
  await connection();
  await requireUser("admin");
  const projects = await listProjects(await getDb(), { today: todayIso() });
  return (
    <div className="page">
      <h1>Manage projects</h1>
      <Panel headingId="new-project-heading" title="Add a project">
        <CreateProjectForm />
      </Panel>
      <Panel headingId="projects-heading" title="Tracked projects">
        <RecordsTable columns={["Slug", "Name", "Location", "Status", "Correct"]}>
          {projects.map((p) => (
            <tr key={p.slug}>
              <td>{p.slug}</td>
              <td>
                <IntentLink href={`/projects/${encodeURIComponent(p.slug)}`}>{p.name}</IntentLink>
              </td>
              <td>{p.location}</td>
              <td>
                <StatusBadge status={p.status} />
              </td>
              <td>
                <EditProjectForm key={`${p.id}-${p.version}`} project={p} />
              </td>
            </tr>
          ))}
        </RecordsTable>
      </Panel>
    </div>
  );
}
