import "server-only";
import { and, asc, desc, eq, inArray, lt } from "drizzle-orm";
import type { Db } from "../connection";
import { analyze, compareReports } from "../dashboard/analysis";
import { asOfSearch, publishedBy, type AsOf } from "../dashboard/as-of";
import { aggregateChart } from "../dashboard/chart-columns";
import type { DashboardData, DashboardLists, ListPage, PagedListName, PagedLists } from "../dashboard-data";
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

/** A list longer than this is sent a page at a time (DashboardData.paged); shorter ones whole, as always. */
export const PAGED_FROM = 1000;
export const PAGE_SIZE = 50;
export const PAGED_LISTS: readonly PagedListName[] = ["reports", "events"];

interface ReadOptions {
  slug: string;
  audience: Audience;
  asOf?: AsOf | null;
}

/**
 * A project with all it holds in one relational query (PGlite runs queries one at a time, so one
 * query beats several in parallel), as of a day when asked: what had been published by it
 * (db/dashboard/as-of.ts), or what Bridgewatch recorded by its end (db/queries/as-recorded.ts).
 */
async function readProject(database: Db, { slug, audience, asOf }: ReadOptions) {
  const project = await database.query.projects.findFirst({
    where: eq(projects.slug, slug),
    with: {
      sources: { orderBy: [asc(sources.publishedLatest), asc(sources.publishedEarliest), asc(sources.outlet)] },
      milestones: { orderBy: [asc(milestones.createdAt)], with: { milestoneSources: true } },
      completionForecasts: { orderBy: [asc(completionForecasts.createdAt)] },
      progressReports: true,
      projectFacts: { orderBy: [asc(projectFacts.createdAt)] },
      eventProjects: { with: { event: true } },
    },
  });
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
  return lists && { project, lists };
}

const isPaged = (lists: DashboardLists) => PAGED_LISTS.some((name) => lists[name].length > PAGED_FROM);

/** Where a workspace dashboard's further pages come from; a shared view has none (its exports hold every record). */
function pagesUrlOf(slug: string, audience: Audience, asOf: AsOf | null | undefined): string | null {
  if (audience === "public") return null;
  const search = asOfSearch(asOf ?? null);
  return `/api/projects/${encodeURIComponent(slug)}/pages${search}`;
}

/**
 * Everything one project's dashboard shows, as of `today`, with its recent changes alongside,
 * keyed by the slug through a subquery. With `asOf`, the view of an earlier day, judged as of
 * that day; recent changes then end with that day. A large project's long lists are sent as
 * their first page, and its chart as marks aggregated over every record (DashboardData.paged).
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
  const [read, changeRows] = await Promise.all([
    readProject(database, { slug, audience, asOf }),
    audience === "public"
      ? Promise.resolve([])
      : database
          .select()
          .from(auditEntries)
          .where(upToDay)
          .orderBy(desc(auditEntries.at), desc(auditEntries.id))
          .limit(RECENT_CHANGES),
  ]);
  if (!read) return null;
  const analyzed = analyze(read.lists, day);
  const paged: PagedLists | null = isPaged(read.lists)
    ? {
        totals: { reports: analyzed.reports.length, events: analyzed.events.length },
        pageSize: PAGE_SIZE,
        pagesUrl: pagesUrlOf(slug, audience, asOf),
        chart: aggregateChart({ reports: analyzed.reports, events: analyzed.events, today: day }),
      }
    : null;
  return {
    project: toProjectData(read.project),
    today: day,
    ...analyzed,
    ...(paged && { reports: analyzed.reports.slice(0, PAGE_SIZE), events: analyzed.events.slice(0, PAGE_SIZE) }),
    recentChanges: changeRows.map(toChangeData),
    view: { asOf: asOf?.day ?? null, mode: asOf?.mode ?? "published" },
    paged,
  };
}

/** One page of a project's reports or events, in the dashboard's order, as of a day when asked. */
export async function getListPage<K extends PagedListName>(
  database: Db,
  { slug, audience, asOf, list, page }: ReadOptions & { list: K; page: number },
): Promise<ListPage<K> | null> {
  const read = await readProject(database, { slug, audience, asOf });
  if (!read) return null;
  const rows = (list === "reports" ? [...read.lists.reports].sort(compareReports) : read.lists.events) as DashboardLists[K];
  const start = (page - 1) * PAGE_SIZE;
  return { list, page, pageSize: PAGE_SIZE, total: rows.length, rows: rows.slice(start, start + PAGE_SIZE) as DashboardLists[K] };
}
