"use client";

import { usePlotArea, useXAxisScale, useYAxisScale } from "recharts";
import type { ReportChartPoint } from "./chart-model";
import { ReportMark } from "./chart-report-mark";

const CAP = 4;

interface ChartReportsLayerProps {
  reports: readonly ReportChartPoint[];
  activeId: string | null;
  tooltipId: string;
  onShow: (id: string, x: number, y: number) => void;
  onHide: (id: string) => void;
}

/**
 * Reported figures on the chart's own scales. A vague observation date draws a whisker across
 * every day it can mean, with the mark at its midpoint, cut at the window's edges; an exact date
 * draws the mark alone. An aggregated mark (a large project) sits at its column's median with a
 * vertical whisker from the lowest to the highest figure it stands for, so outliers stay drawn.
 */
export function ChartReportsLayer({ reports, activeId, tooltipId, onShow, onHide }: ChartReportsLayerProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  const clamp = (v: number) => Math.min(Math.max(v, plot.x), plot.x + plot.width);
  const placed = reports.flatMap((point) => {
    const cx = xScale(point.x);
    const cy = yScale(point.y);
    const left = xScale(point.x - point.xError[0]);
    const right = xScale(point.x + point.xError[1]);
    if (cx === undefined || cy === undefined) return [];
    const range = point.aggregate && point.aggregate.low !== point.aggregate.high ? point.aggregate : null;
    const top = range?.high != null ? yScale(range.high) : undefined;
    const bottom = range?.low != null ? yScale(range.low) : undefined;
    return [{ point, cx, cy, left: clamp(left ?? cx), right: clamp(right ?? cx), top, bottom }];
  });

  return (
    <g className="chart-reports">
      {placed
        .filter(({ point }) => point.vague)
        .map(({ point, cy, left, right }) => (
          <g key={point.id} className="report-whisker" aria-hidden="true">
            <line x1={left} x2={right} y1={cy} y2={cy} />
            <line x1={left} x2={left} y1={cy - CAP} y2={cy + CAP} />
            <line x1={right} x2={right} y1={cy - CAP} y2={cy + CAP} />
          </g>
        ))}
      {placed
        .filter(({ top, bottom }) => top !== undefined && bottom !== undefined)
        .map(({ point, cx, top, bottom }) => (
          <g key={point.id} className="report-whisker report-range" aria-hidden="true">
            <line x1={cx} x2={cx} y1={top} y2={bottom} />
            <line x1={cx - CAP} x2={cx + CAP} y1={top} y2={top} />
            <line x1={cx - CAP} x2={cx + CAP} y1={bottom} y2={bottom} />
          </g>
        ))}
      {placed.map(({ point, cx, cy }) => (
        <ReportMark
          key={point.id}
          point={point}
          cx={cx}
          cy={cy}
          active={point.id === activeId}
          tooltipId={tooltipId}
          onShow={onShow}
          onHide={onHide}
        />
      ))}
    </g>
  );
}
