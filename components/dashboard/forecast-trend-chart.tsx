"use client";

import dynamic from "next/dynamic";
import { useMemo } from "react";
import type { DashboardData } from "@/db/dashboard-data";
import { forecastTrend } from "@/db/domain/forecast-trend";
import { ChartDownload } from "./chart-download";
import { ChartLoading } from "./chart-loading";
import { ChartFrame } from "./chart-on-approach";
import { TrendLegend } from "./forecast-trend-legend";
import { ForecastTrendTable } from "./forecast-trend-table";
import { TREND_TITLE } from "./forecast-trend-words";
import { outletOf, type SourceIndex } from "./source-index";

/** Fixed, so nothing below the chart moves when it draws. */
const TREND_HEIGHT = 380;

/* Drawn in the browser only, its code loaded when it comes near the screen (as progress-chart.tsx's); the table below carries the figures meanwhile. */
const ForecastTrendPlot = dynamic(() => import("./forecast-trend-plot").then((m) => m.ForecastTrendPlot), {
  ssr: false,
  loading: ChartLoading,
});

/** Whether the dashboard has a claim to draw: one with a completion window. */
export const hasForecastTrend = (data: DashboardData) => data.forecasts.some((f) => f.window !== null);

export function ForecastTrendChart({ data, sources }: { data: DashboardData; sources: SourceIndex }) {
  const trend = useMemo(
    () => forecastTrend(data.forecasts, { baselineId: data.plans.baseline?.id ?? null, currentId: data.plans.current?.id ?? null }),
    [data.forecasts, data.plans],
  );
  const outlets = useMemo(() => new Map(data.forecasts.map((f) => [f.sourceId, outletOf(sources, f.sourceId)])), [data.forecasts, sources]);

  return (
    <figure role="figure" aria-label={TREND_TITLE} data-testid="forecast-trend-chart" className="progress-chart trend-chart">
      <figcaption className="trend-chart__caption">
        <span className="trend-chart__title">{TREND_TITLE}</span>
        <span className="muted small">Across: when each claim was made. Up: the completion it claimed.</span>
      </figcaption>
      <ChartFrame height={TREND_HEIGHT}>
        <ForecastTrendPlot trend={trend} outlets={outlets} forecasts={data.forecasts} />
      </ChartFrame>
      <TrendLegend trend={trend} />
      {trend.unplotted.length > 0 && (
        <p className="muted small">
          {trend.unplotted.length} {trend.unplotted.length === 1 ? "claim is" : "claims are"} derived from a milestone that has no
          actual date yet: not drawn, and listed in the table below.
        </p>
      )}
      <ChartDownload fileName={`${data.project.slug}-completion-forecasts`} title={TREND_TITLE} projectName={data.project.name} asOf={data.today} />
      <ForecastTrendTable data={data} trend={trend} sources={sources} />
    </figure>
  );
}
