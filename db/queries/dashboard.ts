import "server-only";
import { and, asc, desc, eq, inArray, lt } from "drizzle-orm";
import type { Db } from "../connection";
import { analyze } from "../dashboard/analysis";
import { publishedBy, type AsOf } from "../dashboard/as-of";
import type { DashboardData, DashboardLists } from "../dashboard-data";
import { auditEntries, completionForecasts, milestones, projectFacts, projects, sources } from "../schema";
import { toFactData } from "../mappers/fact";
import { toEventData } from "../mappers/event";
import { toForecastData } from "../mappers/forecast";
import { toMilestoneData } from "../mappers/milestone";
import { toReportData, type Audience } from "../mappers/progress-report";
import { toSourceData } from "../mappers/source";
import { endOfDayUtc, listsAsRecorded } from "./as-recorded";
import { compareEvents, compareMilestones, toChangeData, toProjectData } from "./mappers";

const RECENT_CHANGES = 20;

/**
 * Everything one project's dashboard shows, as of `today`: the project with all it holds in one
 * relational query (PGlite runs queries one at a time, so one query beats several in parallel),
 * and its recent changes alongside, keyed by the slug through a subquery.
 * With `asOf`, the view of an earlier day, judged as of that day: what had been published by it
 * (db/dashboard/as-of.ts), or what Bridgewatch recorded by its end (db/queries/as-recorded.ts);
 * recent changes then end with that day.
 */
export async function getDashboard(
  database: Db,
  { slug, today, audience, asOf }: { slug: string; today: string; audience: Audience; asOf?: AsOf | null },
): Promise<DashboardData | null> {
  const day = asOf?.day ?? today;
  const inProject = inArray(
    auditEntries.projectId,
    database.select({ id: projects.id }).from(projects).where(eq(projects.slug, slug)),
  );
  const upToDay = asOf ? and(inProject, lt(auditEntries.at, endOfDayUtc(asOf.day))) : inProject;
  const [project, changeRows] = await Promise.all([
    database.query.projects.findFirst({
      where: eq(projects.slug, slug),
      with: {
        sources: { orderBy: [asc(sources.publishedLatest), asc(sources.publishedEarliest), asc(sources.outlet)] },
        milestones: { orderBy: [asc(milestones.createdAt)], with: { milestoneSources: true } },
        completionForecasts: { orderBy: [asc(completionForecasts.createdAt)] },
        progressReports: true,
        projectFacts: { orderBy: [asc(projectFacts.createdAt)] },
        eventProjects: { with: { event: true } },
      },
    }),
    audience === "public"
      ? Promise.resolve([])
      : database
          .select()
          .from(auditEntries)
          .where(upToDay)
          .orderBy(desc(auditEntries.at), desc(auditEntries.id))
          .limit(RECENT_CHANGES),
  ]);
  if (!project) return null;

  const live: DashboardLists = {
    milestones: project.milestones
      .map((row) => toMilestoneData(row, row.milestoneSources.map((l) => l.sourceId)))
      .sort(compareMilestones),
    forecasts: project.completionForecasts.map(toForecastData),
    reports: project.progressReports.map((row) => toReportData(row, audience)),
    events: project.eventProjects.map(({ event }) => event).sort(compareEvents).map(toEventData),
    sources: project.sources.map(toSourceData),
    facts: project.projectFacts.map(toFactData),
  };
  const lists =
    asOf?.mode === "recorded"
      ? await listsAsRecorded(database, { slug, day: asOf.day, audience })
      : asOf
        ? publishedBy(live, asOf.day)
        : live;
  if (!lists) return null;
  return {
    project: toProjectData(project),
    today: day,
    ...analyze(lists, day),
    recentChanges: changeRows.map(toChangeData),
    view: { asOf: asOf?.day ?? null, mode: asOf?.mode ?? "published" },
  };
}
