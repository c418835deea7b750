import "server-only";
import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../connection";
import type { DashboardData, ForecastData, MilestoneData } from "../dashboard-data";
import { plannedSeries } from "../domain/planned-curve";
import { auditEntries, completionForecasts, milestones, projects, sources } from "../schema";
import { toEventData } from "../mappers/event";
import { toForecastData } from "../mappers/forecast";
import { toMilestoneData } from "../mappers/milestone";
import { toReportData, type Audience } from "../mappers/progress-report";
import { toSourceData } from "../mappers/source";
import {
  compareEvents,
  compareMilestones,
  compareReports,
  constructionStartOf,
  latestReportOf,
  statusOf,
  toChangeData,
  toProjectData,
} from "./mappers";

const RECENT_CHANGES = 20;

/** The planned band from construction start to the end of the plan window, or to today if later. */
function plannedBand(args: { today: string; milestones: MilestoneData[]; planOfRecord: ForecastData | null }) {
  const start = constructionStartOf(args.milestones);
  const plan = args.planOfRecord?.window;
  if (!start || !plan) return null;
  const to = [plan.latest, args.today, start].sort().at(-1) ?? plan.latest;
  return { start, window: plan, series: plannedSeries({ start, window: plan, from: start, to }) };
}

/**
 * Everything one project's dashboard shows, as of `today`: the project with all it holds in one
 * relational query (PGlite runs queries one at a time, so one query beats several in parallel),
 * and its recent changes alongside, keyed by the slug through a subquery.
 */
export async function getDashboard(
  database: Db,
  { slug, today, audience }: { slug: string; today: string; audience: Audience },
): Promise<DashboardData | null> {
  const [project, changeRows] = await Promise.all([
    database.query.projects.findFirst({
      where: eq(projects.slug, slug),
      with: {
        sources: { orderBy: [asc(sources.publishedEarliest), asc(sources.publishedLatest), asc(sources.outlet)] },
        milestones: { orderBy: [asc(milestones.createdAt)], with: { milestoneSources: true } },
        completionForecasts: { orderBy: [asc(completionForecasts.claimedOn), asc(completionForecasts.createdAt)] },
        progressReports: true,
        eventProjects: { with: { event: true } },
      },
    }),
    audience === "public"
      ? Promise.resolve([])
      : database
          .select()
          .from(auditEntries)
          .where(
            inArray(
              auditEntries.projectId,
              database.select({ id: projects.id }).from(projects).where(eq(projects.slug, slug)),
            ),
          )
          .orderBy(desc(auditEntries.at), desc(auditEntries.id))
          .limit(RECENT_CHANGES),
  ]);
  if (!project) return null;

  const milestoneList = project.milestones
    .map((row) => toMilestoneData(row, row.milestoneSources.map((l) => l.sourceId)))
    .sort(compareMilestones);
  const forecasts = project.completionForecasts.map(toForecastData);
  // Forecasts are ordered by when they were claimed, so the last accepted one is the latest.
  const planOfRecord = forecasts.findLast((f) => f.accepted) ?? null;
  const reports = project.progressReports.map((row) => toReportData(row, audience)).sort(compareReports);
  const latestReport = latestReportOf(reports);
  const eventList = project.eventProjects.map(({ event }) => event).sort(compareEvents).map(toEventData);

  return {
    project: toProjectData(project),
    today,
    planOfRecord,
    status: statusOf({ today, milestones: milestoneList, planOfRecord, latestReport }),
    planned: plannedBand({ today, milestones: milestoneList, planOfRecord }),
    latestReport,
    milestones: milestoneList,
    forecasts,
    reports,
    events: eventList,
    sources: project.sources.map(toSourceData),
    recentChanges: changeRows.map(toChangeData),
  };
}
