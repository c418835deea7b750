"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Suspense, useMemo, type ReactNode } from "react";
import { dashboardQueryOptions, type DashboardQueryKey } from "@/components/query/dashboard-query";
import { ChartDataTable } from "./chart-data-table";
import { CiteView } from "./cite-view";
import { ExportLinks } from "./export-links";
import { asOfSearch } from "@/db/dashboard/as-of";
import { DashboardSection, type DashboardSectionId } from "./dashboard-section";
import { EventsTimeline } from "./events-timeline";
import { FactsTable } from "./facts-table";
import { ForecastTrendChart, hasForecastTrend } from "./forecast-trend-chart";
import { ForecastsTable } from "./forecasts-table";
import { MilestonesTable } from "./milestones-table";
import { PartsProgress } from "./parts-progress";
import { PrintFooter } from "./print-footer";
import { ProgressChart } from "./progress-chart";
import { ProjectHeader } from "./project-header";
import { RecentChanges } from "./recent-changes";
import { RefreshStatus } from "./refresh-status";
import { SourcesList } from "./sources-list";
import { indexSources } from "./source-index";

export interface DashboardViewProps {
  queryKey: DashboardQueryKey;
  url: string;
  /**
   * Extra controls per section (editor forms, later). Elements rather than render functions,
   * so a server page can pass them across the client boundary.
   */
  sectionActions?: Partial<Record<DashboardSectionId | "header", ReactNode>>;
}

/** The view's own address (`/projects/<slug>`, `/s/<token>`), from the route its data comes from. */
const viewPathOf = (url: string) => url.replace(/\?.*$/, "").replace(/^\/api\//, "/");

const SECTION_LINKS: { id: DashboardSectionId; title: string }[] = [
  { id: "progress", title: "Progress" },
  { id: "milestones", title: "Milestones" },
  { id: "facts", title: "Project facts" },
  { id: "events", title: "Events" },
  { id: "sources", title: "Sources" },
];

/*
 * Each section is a boundary of its own, so the browser hydrates the page section by section in
 * short tasks instead of one long one (React hydrates a server-rendered Suspense boundary on its
 * own, and yields between them): the page answers input while the rest wakes up. The data is
 * already in the cache, so nothing here ever shows its fallback.
 */
function Hydrate({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}

export function DashboardView({ queryKey, url, sectionActions = {} }: DashboardViewProps) {
  const { data, error, isRefetchError, dataUpdatedAt, errorUpdatedAt } = useSuspenseQuery(dashboardQueryOptions({ key: queryKey, url }));
  const sources = useMemo(() => indexSources(data.sources), [data.sources]);

  const hasChanges = data.recentChanges.length > 0;
  return (
    <div className="dashboard">
      <RefreshStatus error={isRefetchError ? error : null} updatedAt={dataUpdatedAt} failedAt={errorUpdatedAt} />
      <Hydrate>
        <ProjectHeader data={data} sources={sources} />
      </Hydrate>
      {sectionActions.header}

      <nav className="section-nav" aria-label="Dashboard sections">
        <ul>
          {SECTION_LINKS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
          {hasChanges && (
            <li>
              <a href="#changes">Recent changes</a>
            </li>
          )}
        </ul>
      </nav>

      <Hydrate>
        <DashboardSection id="progress" title="Progress against plan" actions={sectionActions.progress}>
          <Hydrate>
            <ProgressChart data={data} sources={sources} />
          </Hydrate>
          <ChartDataTable data={data} sources={sources} />
          {hasForecastTrend(data) && (
            <Hydrate>
              <ForecastTrendChart data={data} sources={sources} />
            </Hydrate>
          )}
          <PartsProgress data={data} sources={sources} />
          <ForecastsTable data={data} sources={sources} />
        </DashboardSection>
      </Hydrate>

      <Hydrate>
        <DashboardSection id="milestones" title="Milestones: planned against actual" actions={sectionActions.milestones}>
          <MilestonesTable milestones={data.milestones} sources={sources} today={data.today} />
        </DashboardSection>
      </Hydrate>

      <Hydrate>
        <DashboardSection id="facts" title="Project facts" actions={sectionActions.facts}>
          <FactsTable data={data} sources={sources} />
        </DashboardSection>
      </Hydrate>

      <Hydrate>
        <DashboardSection id="events" title="Events" actions={sectionActions.events}>
          <EventsTimeline events={data.events} sources={sources} paged={data.paged} />
        </DashboardSection>
      </Hydrate>

      <Hydrate>
        <DashboardSection id="sources" title="Sources" actions={sectionActions.sources}>
          <SourcesList sources={data.sources} index={sources} />
        </DashboardSection>
      </Hydrate>

      <Hydrate>
        <DashboardSection id="cite" title="Cite and export">
          <CiteView projectName={data.project.name} asOf={data.view.asOf} today={data.today} />
          <ExportLinks basePath={viewPathOf(url)} search={asOfSearch(data.view.asOf ? { day: data.view.asOf, mode: data.view.mode } : null)} />
        </DashboardSection>
      </Hydrate>

      {hasChanges && (
        <DashboardSection id="changes" title="Recent changes">
          {/* The page's control for this section goes to each entry of a deleted record (an editor's Restore). */}
          <RecentChanges data={data} restoreControl={sectionActions.changes} />
        </DashboardSection>
      )}
      <PrintFooter view={data.view} today={data.today} />
    </div>
  );
}
