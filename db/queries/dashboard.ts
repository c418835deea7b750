import "server-only";
import { and, asc, desc, eq, inArray, lt } from "drizzle-orm";
import type { Db } from "../connection";
import { analyze } from "../dashboard/analysis";
import { asOfSearch, publishedBy, type AsOf } from "../dashboard/as-of";
import { aggregateChart } from "../dashboard/chart-columns";
import type { DashboardData, DashboardLists, ListPage, PagedListName, PagedLists } from "../dashboard-data";
import { auditEntries, completionForecasts, milestones, projectFacts, projects, sources, type Project } from "../schema";
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

/** What a dashboard derives from a project's records, before its lists are cut to their first page. */
interface Derived {
  project: Project;
  analyzed: ReturnType<typeof analyze>;
  paged: PagedLists | null;
}

/**
 * Large projects' derived dashboards, by project version and view: reading and judging every
 * record of one costs far more than a request may, and the result changes only with the record,
 * whose every write bumps the project's version in its own transaction (db/mutations/versioned.ts).
 * Each request still reads the version (and the recent changes); small projects are derived anew
 * on every request, as before. Per process, so app servers side by side each keep their own.
 */
const largeDerived = new Map<string, Derived>();
const LARGE_KEPT = 8;

function keep(key: string, derived: Derived) {
  largeDerived.delete(key);
  largeDerived.set(key, derived);
  while (largeDerived.size > LARGE_KEPT) largeDerived.delete(largeDerived.keys().next().value!);
}

async function derive(
  database: Db,
  { slug, audience, asOf, day, version }: ReadOptions & { day: string; version: { id: string; version: number } },
): Promise<Derived | null> {
  const key = [version.id, version.version, day, asOf?.mode ?? "today", audience].join(" ");
  const kept = largeDerived.get(key);
  if (kept) return kept;
  const read = await readProject(database, { slug, audience, asOf });
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
  const derived = { project: read.project, analyzed, paged };
  if (paged) keep(key, derived);
  return derived;
}

const versionOf = (database: Db, slug: string) =>
  database
    .select({ id: projects.id, version: projects.version })
    .from(projects)
    .where(eq(projects.slug, slug))
    .limit(1)
    .then((rows) => rows[0] ?? null);

/**
 * Everything one project's dashboard shows, as of `today`, with its recent changes alongside,
 * keyed by the slug through a subquery. With `asOf`, the view of an earlier day, judged as of
 * that day; recent changes then end with that day. A large project's long lists are sent as
 * their first page, and its chart as marks aggregated over every record (DashboardData.paged).
 * `whole` keeps every list whole, for the exports (the project file and the CSV tables), which
 * hold every record however large the project.
 */
export async function getDashboard(
  database: Db,
  { slug, today, audience, asOf, whole = false }: { slug: string; today: string; audience: Audience; asOf?: AsOf | null; whole?: boolean },
): Promise<DashboardData | null> {
  const day = asOf?.day ?? today;
  const inProject = inArray(
    auditEntries.projectId,
    database.select({ id: projects.id }).from(projects).where(eq(projects.slug, slug)),
  );
  const upToDay = asOf ? and(inProject, lt(auditEntries.at, endOfDayUtc(asOf.day))) : inProject;
  const [version, changeRows] = await Promise.all([
    versionOf(database, slug),
    audience === "public"
      ? Promise.resolve([])
      : database
          .select()
          .from(auditEntries)
          .where(upToDay)
          .orderBy(desc(auditEntries.at), desc(auditEntries.id))
          .limit(RECENT_CHANGES),
  ]);
  const derived = version && (await derive(database, { slug, audience, asOf, day, version }));
  if (!derived) return null;
  const { project, analyzed } = derived;
  const paged = whole ? null : derived.paged;
  return {
    project: toProjectData(project),
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
  { slug, today, audience, asOf, list, page }: ReadOptions & { today: string; list: K; page: number },
): Promise<ListPage<K> | null> {
  const version = await versionOf(database, slug);
  const derived = version && (await derive(database, { slug, audience, asOf, day: asOf?.day ?? today, version }));
  if (!derived) return null;
  const rows = derived.analyzed[list] as DashboardLists[K];
  const start = (page - 1) * PAGE_SIZE;
  return { list, page, pageSize: PAGE_SIZE, total: rows.length, rows: rows.slice(start, start + PAGE_SIZE) as DashboardLists[K] };
}
