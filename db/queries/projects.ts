import "server-only";
import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../connection";
import type { ProjectData, ProjectSummaryData } from "../dashboard-data";
import { completionForecasts, milestones, progressReports, projects, type Project } from "../schema";
import { toForecastData } from "../mappers/forecast";
import { toMilestoneData } from "../mappers/milestone";
import { toReportData } from "../mappers/progress-report";
import { latestReportOf, statusOf, toProjectData } from "./mappers";

/** Every project with its status as of `today`, from four queries whatever the number of projects. */
export async function listProjects(database: Db, { today }: { today: string }): Promise<ProjectSummaryData[]> {
  const percentMissing = sql`${progressReports.percentComplete} is null`;
  const [projectRows, planRows, milestoneRows, reportRows] = await Promise.all([
    database.select().from(projects).orderBy(asc(projects.name)),
    database
      .selectDistinctOn([completionForecasts.projectId])
      .from(completionForecasts)
      .where(eq(completionForecasts.accepted, true))
      .orderBy(completionForecasts.projectId, desc(completionForecasts.claimedOn), desc(completionForecasts.createdAt)),
    database
      .select()
      .from(milestones)
      .where(inArray(milestones.kind, ["construction_start", "completion"]))
      .orderBy(asc(milestones.createdAt)),
    // Per project, the latest report with a % and the latest without: enough to pick the one status uses.
    database
      .selectDistinctOn([progressReports.projectId, percentMissing])
      .from(progressReports)
      .orderBy(
        progressReports.projectId,
        percentMissing,
        desc(progressReports.observedEarliest),
        desc(progressReports.observedLatest),
        desc(progressReports.recordedAt),
      ),
  ]);

  return projectRows.map((project) => {
    const plan = planRows.find((f) => f.projectId === project.id);
    const planOfRecord = plan ? toForecastData(plan) : null;
    const projectMilestones = milestoneRows
      .filter((m) => m.projectId === project.id)
      .map((m) => toMilestoneData(m, []));
    const latestReport = latestReportOf(
      reportRows.filter((r) => r.projectId === project.id).map((r) => toReportData(r, "public")),
    );
    return {
      slug: project.slug,
      name: project.name,
      location: project.location,
      status: statusOf({ today, milestones: projectMilestones, planOfRecord, latestReport }),
      planText: planOfRecord?.window.text ?? null,
      updatedAt: project.updatedAt.toISOString(),
    };
  });
}

/** The project as pages and routes show it. */
export async function getProjectBySlug(db: Db, { slug }: { slug: string }): Promise<ProjectData | null> {
  const project = await findProjectBySlug(db, { slug });
  return project ? toProjectData(project) : null;
}

/** The one lookup of a project by its slug, or null: for actions and scripts, which need its id rather than its dashboard. */
export async function findProjectBySlug(db: Db, { slug }: { slug: string }): Promise<Project | null> {
  const [project] = await db.select().from(projects).where(eq(projects.slug, slug)).limit(1);
  return project ?? null;
}
