"use client";

import { useCallback, useId, useRef, useState } from "react";
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
import type { ForecastData } from "@/db/dashboard-data";
import type { ForecastTrend } from "@/db/domain/forecast-trend";
import { formatAxisDay } from "@/components/format";
import { ChartTooltip, type ChartTooltipAnchor } from "./chart-tooltip";
import { TrendTooltipBody } from "./forecast-trend-legend";
import { TrendMarksLayer } from "./forecast-trend-marks";

/*
 * The drawing of the forecast trend chart: everything that needs recharts. Its own chunk,
 * loaded after the page is usable (forecast-trend-chart.tsx), like the progress chart's.
 */

interface Active extends ChartTooltipAnchor {
  id: string;
}

interface ForecastTrendPlotProps {
  trend: ForecastTrend;
  outlets: ReadonlyMap<string, string>;
  forecasts: readonly ForecastData[];
}

export function ForecastTrendPlot({ trend, outlets, forecasts }: ForecastTrendPlotProps) {
  // The plot fills the chart frame, which places the tooltips.
  const plotRef = useRef<HTMLDivElement>(null);
  const tooltipId = useId();
  const [active, setActive] = useState<Active | null>(null);
  const onShow = useCallback((id: string, x: number, y: number) => setActive({ id, x, y, frameWidth: plotRef.current?.clientWidth ?? 0 }), []);
  const onHide = useCallback((id: string) => setActive((a) => (a?.id === id ? null : a)), []);
  const activeMark = active ? trend.marks.find((m) => m.id === active.id) : undefined;
  const [from, to] = trend.domain;
  const axis = { type: "number" as const, domain: trend.domain, ticks: trend.ticks, tickFormatter: formatAxisDay, allowDataOverflow: true, stroke: "var(--axis)", fontSize: 12 };

  return (
    <div className="chart-plot" ref={plotRef}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart accessibilityLayer={false} margin={{ top: 12, right: 24, bottom: 22, left: 22 }} data={[{ x: from, y: from }, { x: to, y: to }]}>
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
      {active && activeMark && (
        <ChartTooltip id={tooltipId} anchor={active}>
          <TrendTooltipBody
            mark={activeMark}
            outlet={outlets.get(activeMark.sourceId) ?? "Unknown source"}
            note={forecasts.find((f) => f.id === activeMark.id)?.note ?? null}
          />
        </ChartTooltip>
      )}
    </div>
  );
}
