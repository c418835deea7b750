"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Suspense, useEffect, useMemo, useRef, type ComponentProps, type ReactNode } from "react";
import { dashboardQueryOptions, type DashboardQueryKey } from "@/components/query/dashboard-query";
import { ChartDataTable } from "./chart-data-table";
import { CiteView } from "./cite-view";
import { ExportLinks } from "./export-links";
import { asOfSearch } from "@/db/dashboard/as-of";
import { DASHBOARD_SECTIONS, DashboardSection, type DashboardSectionId } from "./dashboard-section";
import { EventsTimeline } from "./events-timeline";
import { FactsTable } from "./facts-table";
import { HydrateOnApproach } from "./hydrate-on-approach";
import { ForecastTrendChart, hasForecastTrend } from "./forecast-trend-chart";
import { ForecastsTable } from "./forecasts-table";
import { MilestonesTable } from "./milestones-table";
import { PartsProgress } from "./parts-progress";
import { PrintFooter } from "./print-footer";
import { ProgressChart } from "./progress-chart";
import { ProjectHeader } from "./project-header";
import { RecordVisit } from "./last-visit";
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


/*
 * The header is a boundary of its own, so the browser hydrates the first screen in a task of its
 * own; each section below hydrates when the reader comes near it (hydrate-on-approach.tsx). The
 * data is already in the cache, so nothing here ever shows its fallback.
 */
function Hydrate({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}

/** A section below the header, asleep until the reader comes near it. */
function ApproachSection(props: ComponentProps<typeof DashboardSection>) {
  return (
    <HydrateOnApproach id={props.id}>
      <DashboardSection {...props} />
    </HydrateOnApproach>
  );
}

/**
 * The refresh status reads the query's state on its own: a poll that brings the same data
 * changes only the status, and the view (whose sections may still be asleep) does not render.
 */
function DashboardRefreshStatus({ queryKey, url }: { queryKey: DashboardQueryKey; url: string }) {
  const { error, isRefetchError, dataUpdatedAt, errorUpdatedAt } = useSuspenseQuery({
    ...dashboardQueryOptions({ key: queryKey, url }),
    notifyOnChangeProps: ["error", "isRefetchError", "dataUpdatedAt", "errorUpdatedAt"],
  });
  return <RefreshStatus error={isRefetchError ? error : null} updatedAt={dataUpdatedAt} failedAt={errorUpdatedAt} />;
}

export function DashboardView({ queryKey, url, sectionActions = {} }: DashboardViewProps) {
  const { data } = useSuspenseQuery({ ...dashboardQueryOptions({ key: queryKey, url }), notifyOnChangeProps: ["data"] });
  const sources = useMemo(() => indexSources(data.sources), [data.sources]);

  const hasChanges = data.recentChanges.length > 0;
  const linkedSections = Object.entries(DASHBOARD_SECTIONS).filter(([id, { link }]) => link && (id !== "changes" || hasChanges));
  const viewSearch = asOfSearch(data.view.asOf ? { day: data.view.asOf, mode: data.view.mode } : null);
  /** A section's id and the controls the page adds to it. */
  const section = (id: DashboardSectionId) => ({ id, actions: sectionActions[id] });
  // Says the page answers now (its Ctrl+P, its controls): until then it is server HTML only.
  // Set on the element, not through state, so that saying it renders nothing again.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => root.current?.setAttribute("data-hydrated", ""), []);
  return (
    <div className="dashboard" ref={root}>
      <DashboardRefreshStatus queryKey={queryKey} url={url} />
      <Hydrate>
        <ProjectHeader data={data} sources={sources} />
      </Hydrate>
      {sectionActions.header}

      <nav className="section-nav" aria-label="Dashboard sections">
        <ul>
          {linkedSections.map(([id, { link }]) => (
            <li key={id}>
              <a href={`#${id}`}>{link}</a>
            </li>
          ))}
        </ul>
      </nav>

      <ApproachSection {...section("progress")}>
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
      </ApproachSection>

      <ApproachSection {...section("milestones")}>
        <MilestonesTable milestones={data.milestones} sources={sources} today={data.today} />
      </ApproachSection>

      <ApproachSection {...section("facts")}>
        <FactsTable data={data} sources={sources} />
      </ApproachSection>

      <ApproachSection {...section("events")}>
        <EventsTimeline events={data.events} sources={sources} paged={data.paged} />
      </ApproachSection>

      <ApproachSection {...section("sources")}>
        <SourcesList sources={data.sources} index={sources} />
      </ApproachSection>

      <ApproachSection id="cite">
        <ExportLinks basePath={viewPathOf(url)} search={viewSearch} />
        {/* Last: the browser completes its address (the origin) as the page comes to life, and nothing below may move. */}
        <CiteView projectName={data.project.name} asOf={data.view.asOf} today={data.today} path={`${viewPathOf(url)}${viewSearch}`} />
      </ApproachSection>

      {hasChanges && <RecordVisit slug={data.project.slug} />}
      {hasChanges && (
        <ApproachSection id="changes">
          {/* The page's control for this section goes to each entry of a deleted record (an editor's Restore). */}
          <RecentChanges data={data} restoreControl={sectionActions.changes} />
        </ApproachSection>
      )}
      <PrintFooter view={data.view} today={data.today} />
    </div>
  );
}
