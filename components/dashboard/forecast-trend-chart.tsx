"use client";

import { useCallback, useId, useMemo, useRef, useState, useSyncExternalStore } from "react";
import {
  CartesianGrid,
  ComposedChart,
  DefaultZIndexes,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
  ZIndexLayer,
} from "recharts";
import type { DashboardData } from "@/db/dashboard-data";
import { forecastTrend } from "@/db/domain/forecast-trend";
import { formatAxisDay } from "@/components/format";
import { ChartDownload } from "./chart-download";
import { ChartTooltip, type ChartTooltipAnchor } from "./chart-tooltip";
import { TrendLegend, TrendTooltipBody } from "./forecast-trend-legend";
import { TrendMarksLayer } from "./forecast-trend-marks";
import { ForecastTrendTable } from "./forecast-trend-table";
import { TREND_TITLE } from "./forecast-trend-words";
import { outletOf, type SourceIndex } from "./source-index";

/** Fixed, so nothing below the chart moves when it draws after hydration. */
const TREND_HEIGHT = 380;
const noSubscription = () => () => undefined;

interface Active extends ChartTooltipAnchor {
  id: string;
}

/** Whether the dashboard has a claim to draw: one with a completion window. */
export const hasForecastTrend = (data: DashboardData) => data.forecasts.some((f) => f.window !== null);

export function ForecastTrendChart({ data, sources }: { data: DashboardData; sources: SourceIndex }) {
  const trend = useMemo(
    () => forecastTrend(data.forecasts, { baselineId: data.plans.baseline?.id ?? null, currentId: data.plans.current?.id ?? null }),
    [data.forecasts, data.plans],
  );
  const outlets = useMemo(() => new Map(data.forecasts.map((f) => [f.sourceId, outletOf(sources, f.sourceId)])), [data.forecasts, sources]);
  // Recharts measures the DOM, so it draws only in the browser; the frame keeps its height meanwhile.
  const mounted = useSyncExternalStore(noSubscription, () => true, () => false);
  const frameRef = useRef<HTMLDivElement>(null);
  const tooltipId = useId();
  const [active, setActive] = useState<Active | null>(null);
  const onShow = useCallback((id: string, x: number, y: number) => setActive({ id, x, y, frameWidth: frameRef.current?.clientWidth ?? 0 }), []);
  const onHide = useCallback((id: string) => setActive((a) => (a?.id === id ? null : a)), []);
  const activeMark = active ? trend.marks.find((m) => m.id === active.id) : undefined;
  const [from, to] = trend.domain;
  const axis = { type: "number" as const, domain: trend.domain, ticks: trend.ticks, tickFormatter: formatAxisDay, allowDataOverflow: true, stroke: "var(--axis)", fontSize: 12 };

  return (
    <figure role="figure" aria-label={TREND_TITLE} data-testid="forecast-trend-chart" className="progress-chart trend-chart">
      <figcaption className="trend-chart__caption">
        <span className="trend-chart__title">{TREND_TITLE}</span>
        <span className="muted small">Across: when each claim was made. Up: the completion it claimed.</span>
      </figcaption>
      <div className="chart-frame" ref={frameRef} style={{ height: TREND_HEIGHT }}>
        {mounted && (
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart margin={{ top: 12, right: 24, bottom: 22, left: 22 }} data={[{ x: from, y: from }, { x: to, y: to }]}>
              <CartesianGrid stroke="var(--grid)" />
              <XAxis dataKey="x" {...axis} minTickGap={16} label={{ value: "Claim made", position: "insideBottom", offset: -16, fill: "var(--muted)", fontSize: 12 }} />
              <YAxis dataKey="y" {...axis} width={78} label={{ value: "Completion claimed", angle: -90, position: "left", offset: 4, fill: "var(--muted)", fontSize: 12 }} />
              {trend.baseline && (
                <ReferenceArea y1={trend.baseline.y1} y2={trend.baseline.y2} className="trend-baseline" ifOverflow="hidden" data-testid="trend-baseline" />
              )}
              {trend.baseline && trend.baseline.y1 === trend.baseline.y2 && (
                <ReferenceLine y={trend.baseline.y1} className="trend-baseline-line" stroke="var(--planned-base)" strokeDasharray="6 4" />
              )}
              <ReferenceLine segment={trend.diagonal} className="trend-diagonal" stroke="var(--axis)" strokeDasharray="2 4" ifOverflow="hidden" />
              <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
                <TrendMarksLayer trend={trend} outlets={outlets} activeId={active?.id ?? null} tooltipId={tooltipId} onShow={onShow} onHide={onHide} />
              </ZIndexLayer>
            </ComposedChart>
          </ResponsiveContainer>
        )}
        {active && activeMark && (
          <ChartTooltip id={tooltipId} anchor={active}>
            <TrendTooltipBody
              mark={activeMark}
              outlet={outlets.get(activeMark.sourceId) ?? "Unknown source"}
              note={data.forecasts.find((f) => f.id === activeMark.id)?.note ?? null}
            />
          </ChartTooltip>
        )}
      </div>
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
