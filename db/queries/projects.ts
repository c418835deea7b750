import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "../connection";
import type { ProjectData, ProjectSummaryData } from "../dashboard-data";
import { completionForecasts, milestones, progressReports, projects, type Project } from "../schema";
import { toForecastData } from "../mappers/forecast";
import { toMilestoneData } from "../mappers/milestone";
import { toReportData } from "../mappers/progress-report";
import { analyze } from "../dashboard/analysis";
import { formatFuzzyDate } from "../domain/fuzzy-date";
import { toProjectData } from "./mappers";

/**
 * Every project with its status as of `today`, judged by the same analysis as its dashboard,
 * from four queries whatever the number of projects.
 */
export async function listProjects(database: Db, { today }: { today: string }): Promise<ProjectSummaryData[]> {
  const [projectRows, forecastRows, milestoneRows, reportRows] = await Promise.all([
    database.select().from(projects).orderBy(asc(projects.name)),
    database.select().from(completionForecasts).orderBy(asc(completionForecasts.createdAt)),
    database.select().from(milestones).orderBy(asc(milestones.createdAt)),
    database.select().from(progressReports),
  ]);

  return projectRows.map((project) => {
    const own = <R extends { projectId: string }>(rows: R[]) => rows.filter((r) => r.projectId === project.id);
    const { status, plans } = analyze(
      {
        milestones: own(milestoneRows).map((m) => toMilestoneData(m, [])),
        forecasts: own(forecastRows).map(toForecastData),
        reports: own(reportRows).map((r) => toReportData(r, "public")),
        events: [],
        sources: [],
        facts: [],
      },
      today,
    );
    return {
      id: project.id,
      version: project.version,
      slug: project.slug,
      name: project.name,
      summary: project.summary,
      location: project.location,
      parties: project.parties,
      status,
      planText: plans.current?.window ? formatFuzzyDate(plans.current.window) : null,
      baselineText: status.planMoved && plans.baseline?.window ? formatFuzzyDate(plans.baseline.window) : null,
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
