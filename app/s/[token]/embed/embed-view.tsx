"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useMemo } from "react";
import { ChartLoading } from "@/components/dashboard/chart-loading";
import { buildChartModel } from "@/components/dashboard/chart-model";
import { windowOf } from "@/components/dashboard/chart-window";
import { ageWords, planLine } from "@/components/dashboard/claim-wording";
import { planMovedSentence } from "@/components/dashboard/header-plans";
import { Verdicts } from "@/components/dashboard/project-header";
import { indexSources, outletOf } from "@/components/dashboard/source-index";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { DashboardFetchError, dashboardQueryOptions, type DashboardQueryKey } from "@/components/query/dashboard-query";
import { formatDay } from "@/db/domain/date-wording";
import { formatFuzzyDate } from "@/db/domain/fuzzy-date";

const ProgressChartPlot = dynamic(() => import("@/components/dashboard/progress-chart-plot").then((m) => m.ProgressChartPlot), {
  ssr: false,
  loading: ChartLoading,
});

interface EmbedViewProps {
  queryKey: DashboardQueryKey;
  url: string;
  /** The full shared view, opened in a new tab. */
  fullHref: string;
}

/**
 * The compact view a site frames: the header's figures, the progress chart over the project's
 * span, and the way to the full view, in 600×400. It polls like the full view, and says so when
 * the link stops working rather than go on showing what it last read.
 */
export function EmbedView({ queryKey, url, fullHref }: EmbedViewProps) {
  const { data, error } = useSuspenseQuery(dashboardQueryOptions({ key: queryKey, url }));
  const sources = useMemo(() => indexSources(data.sources), [data.sources]);
  const model = useMemo(() => buildChartModel(data, sources), [data, sources]);
  const domain = useMemo(() => windowOf("project", model.window), [model.window]);
  if (error instanceof DashboardFetchError && error.status === 404) {
    return (
      <div className="embed embed--gone">
        <p role="status">This shared view is no longer available.</p>
      </div>
    );
  }
  const moved = planMovedSentence(data, sources);
  const figure = data.latestFigure?.figure != null ? data.latestFigure : null;
  return (
    <div className="embed">
      <header className="embed__head">
        <h1 className="embed__title">{data.project.name}</h1>
        <dl className="embed__facts">
          <div>
            <dt>Status as of {formatDay(data.today)}</dt>
            <dd>
              <StatusBadge status={data.status} />
            </dd>
          </div>
          <div>
            <dt>Plan</dt>
            <dd>{planLine(data)}</dd>
          </div>
          <div>
            <dt>Latest figure</dt>
            <dd>
              {figure ? (
                <>
                  {figure.figure}%{" "}
                  <span className="muted">
                    observed {formatFuzzyDate(figure.observed)}
                    {data.status.figureAgeDays !== null && ` (${ageWords(data.status.figureAgeDays, figure.observed)})`}, {outletOf(sources, figure.sourceId)}
                  </span>
                </>
              ) : (
                "None for the whole project"
              )}
            </dd>
          </div>
        </dl>
        {/* A later claim never re-bases the status unsaid, here as in the full view. */}
        {moved && (
          <div className="embed__moved">
            <Verdicts data={data} />
            <p>{moved}</p>
          </div>
        )}
      </header>
      <figure className="embed__chart" aria-label="Planned against reported progress over time, with events on the same time axis" data-testid="progress-chart">
        <div className="chart-frame embed__plot">
          <ProgressChartPlot model={model} domain={domain} narrow />
        </div>
      </figure>
      <p className="embed__foot">
        <a href={fullHref} target="_blank" rel="noopener">
          Open the full view
        </a>
        <span className="muted"> with its sources, milestones and events · Bridgewatch</span>
      </p>
    </div>
  );
}
