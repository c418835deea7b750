import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../connection";
import type { ProjectData, ProjectSummaryData } from "../dashboard-data";
import { completionForecasts, milestones, progressReports, projects, sources, type Project } from "../schema";
import { toForecastData } from "../mappers/forecast";
import { toMilestoneData } from "../mappers/milestone";
import { toReportData } from "../mappers/progress-report";
import { judge } from "../dashboard/analysis";
import { formatFuzzyDate } from "../domain/fuzzy-date";
import { toProjectData } from "./mappers";

/**
 * A project's last report in the order the dashboard reads them (db/dashboard/analysis.ts,
 * compareReports: by the last day the observation can mean, then its first day, then as
 * recorded), one index lookup per project (progress_reports_latest_idx, and
 * progress_reports_latest_figure_idx for the whole-project figures).
 */
function latestReport(database: Db, alias: string, where?: SQL) {
  return database
    .select({ id: progressReports.id })
    .from(progressReports)
    .where(and(eq(progressReports.projectId, projects.id), where))
    .orderBy(desc(progressReports.observedLatest), desc(progressReports.observedEarliest), desc(progressReports.recordedAt))
    .limit(1)
    .as(alias);
}

/** A whole-project report with a figure: a percentage, or a measurement it is derived from. */
const wholeWithFigure = and(
  isNull(progressReports.scope),
  or(isNotNull(progressReports.percentComplete), isNotNull(progressReports.measuredDone)),
);

/**
 * Every project with its status as of `today`, judged by the same rule as its dashboard,
 * from four queries whatever the number of projects or reports (and one more that tells whether
 * a long list kept from a visit before still holds). The status needs a project's
 * plans (its forecasts and milestones, a few each) and of its reports only the latest one and
 * the latest whole-project figure, so only those two are read.
 */
export async function listProjects(database: Db, { today }: { today: string }): Promise<ProjectSummaryData[]> {
  const [state] = await database
    .select({ count: sql<number>`count(*)::int`, versions: sql<string>`coalesce(sum(${projects.version}), 0)::text`, updated: sql<string>`coalesce(max(${projects.updatedAt}), now())::text` })
    .from(projects);
  const key = `${today} ${state?.count} ${state?.versions} ${state?.updated}`;
  const kept = keptLists.get(database);
  if (kept?.key === key) return kept.list;
  const list = await judgeProjects(database, today);
  if ((state?.count ?? 0) >= KEEP_FROM) keptLists.set(database, { key, list });
  else keptLists.delete(database);
  return list;
}

/**
 * A long list is kept until a project changes: every write bumps its project's version and
 * updated_at in its own transaction (db/mutations/versioned.ts), and adding or removing a
 * project changes the count, so one query over the projects tells whether it still holds.
 * Shorter lists are judged anew on every visit. Per process and database, like the dashboards kept.
 */
const KEEP_FROM = 100;
const keptLists = new WeakMap<Db, { key: string; list: ProjectSummaryData[] }>();

async function judgeProjects(database: Db, today: string): Promise<ProjectSummaryData[]> {
  const evidence = latestReport(database, "latest_evidence");
  const figure = latestReport(database, "latest_figure", wholeWithFigure);
  const [projectRows, forecastRows, milestoneRows] = await Promise.all([
    database
      .select({ project: projects, evidenceId: evidence.id, figureId: figure.id })
      .from(projects)
      .leftJoinLateral(evidence, sql`true`)
      .leftJoinLateral(figure, sql`true`)
      .orderBy(asc(projects.name)),
    database.select().from(completionForecasts).orderBy(asc(completionForecasts.createdAt)),
    database.select().from(milestones).orderBy(asc(milestones.createdAt)),
  ]);
  const reportIds = [...new Set(projectRows.flatMap((r) => [r.evidenceId, r.figureId]).filter((id) => id !== null))];
  // With each report's outlet: a figure on the list names its source, as on the dashboard.
  const reportRows =
    reportIds.length > 0
      ? await database
          .select({ report: progressReports, outlet: sources.outlet })
          .from(progressReports)
          .innerJoin(sources, eq(sources.id, progressReports.sourceId))
          .where(inArray(progressReports.id, reportIds))
      : [];
  const reportsById = new Map(reportRows.map((r) => [r.report.id, r.report]));
  const outletOf = new Map(reportRows.map((r) => [r.report.sourceId, r.outlet]));

  const byProject = <R extends { projectId: string }>(rows: R[]) => {
    const groups = new Map<string, R[]>();
    for (const row of rows) {
      const group = groups.get(row.projectId);
      if (group) group.push(row);
      else groups.set(row.projectId, [row]);
    }
    return groups;
  };
  const forecastsOf = byProject(forecastRows);
  const milestonesOf = byProject(milestoneRows);
  return projectRows.map(({ project, evidenceId, figureId }) => {
    const ids = [...new Set([figureId, evidenceId])];
    const reports = ids.flatMap((id) => (id ? [reportsById.get(id)!] : []));
    const { status, baseline, current, latestFigure } = judge(
      {
        milestones: (milestonesOf.get(project.id) ?? []).map((m) => toMilestoneData(m, [])),
        forecasts: (forecastsOf.get(project.id) ?? []).map(toForecastData),
        reports: reports.map((r) => toReportData(r, "public")),
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
      planText: current?.window ? formatFuzzyDate(current.window) : null,
      baselineText: status.planMoved && baseline?.window ? formatFuzzyDate(baseline.window) : null,
      latestFigureNote: latestFigure && `observed ${formatFuzzyDate(latestFigure.observed)}, ${outletOf.get(latestFigure.sourceId) ?? "a source not listed"}`,
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
