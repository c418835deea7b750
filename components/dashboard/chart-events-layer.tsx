"use client";

import type { KeyboardEvent } from "react";
import { usePlotArea, useXAxisScale } from "recharts";
import type { EventChartMark } from "./chart-model";

/*
 * Events sit in a strip above the plot, on the chart's own time axis. Events too close to share
 * a row are stacked into lanes. An exact date is a diamond; a vague one is a bar across every
 * day it can mean. The active event also draws its guide through the plot.
 */
export const EVENT_LANES = 5;
const LANE_HEIGHT = 13;
const STRIP_PADDING = 6;
export const EVENT_STRIP_HEIGHT = STRIP_PADDING * 2 + EVENT_LANES * LANE_HEIGHT;
const MARK_GAP_PX = 4;
const DIAMOND = 5;
const MIN_BAR_PX = 10;

interface PlacedEvent {
  mark: EventChartMark;
  left: number;
  right: number;
  cy: number;
}

function placeInLanes(marks: readonly EventChartMark[], scale: (v: number) => number, top: number): PlacedEvent[] {
  const laneEnds: number[] = Array.from({ length: EVENT_LANES }, () => -Infinity);
  return [...marks]
    .sort((a, b) => a.x1 - b.x1 || a.x2 - b.x2)
    .map((mark) => {
      const a = scale(mark.x1);
      const b = scale(mark.x2);
      const mid = (a + b) / 2;
      const half = mark.vague ? Math.max((b - a) / 2, MIN_BAR_PX / 2) : DIAMOND;
      const left = mid - half;
      const right = mid + half;
      let lane = laneEnds.findIndex((end) => end + MARK_GAP_PX <= left);
      // More overlapping events than lanes: reuse the lane that frees up first.
      if (lane === -1) lane = laneEnds.indexOf(Math.min(...laneEnds));
      laneEnds[lane] = right;
      return { mark, left, right, cy: top + STRIP_PADDING + lane * LANE_HEIGHT + LANE_HEIGHT / 2 };
    });
}

interface ChartEventsLayerProps {
  events: readonly EventChartMark[];
  activeId: string | null;
  tooltipId: string;
  onShow: (id: string, x: number, y: number) => void;
  onHide: (id: string) => void;
}

export function ChartEventsLayer({ events, activeId, tooltipId, onShow, onHide }: ChartEventsLayerProps) {
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  if (!xScale || !plot) return null;
  const scale = (v: number) => xScale(v) ?? plot.x;
  const placed = placeInLanes(events, scale, plot.y - EVENT_STRIP_HEIGHT);
  const plotBottom = plot.y + plot.height;

  return (
    <g className="chart-events">
      {placed.map(({ mark, left, right, cy }) => {
        const active = mark.id === activeId;
        const guide = mark.vague ? (
          <rect x={left} y={cy} width={right - left} height={plotBottom - cy} className="chart-events__band" />
        ) : (
          <line x1={(left + right) / 2} x2={(left + right) / 2} y1={cy} y2={plotBottom} className="chart-events__line" />
        );
        return (
          <g key={mark.id} className={active ? "chart-events__guide is-active" : "chart-events__guide"} aria-hidden="true">
            {guide}
          </g>
        );
      })}
      {placed.map(({ mark, left, right, cy }) => {
        const cx = (left + right) / 2;
        const show = () => onShow(mark.id, cx, cy);
        const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
          if (e.key === "Escape") onHide(mark.id);
          if (e.key === "Enter" || e.key === " ") {
            e.preventDefault();
            show();
          }
        };
        return (
          <g
            key={mark.id}
            className="event-marker"
            data-testid="event-marker"
            tabIndex={0}
            role="button"
            aria-label={`Event: ${mark.title}, ${mark.dateText}`}
            aria-describedby={mark.id === activeId ? tooltipId : undefined}
            onMouseEnter={show}
            onMouseLeave={() => onHide(mark.id)}
            onFocus={show}
            onBlur={() => onHide(mark.id)}
            onKeyDown={onKeyDown}
          >
            <rect x={left - 3} y={cy - LANE_HEIGHT / 2} width={right - left + 6} height={LANE_HEIGHT} className="event-marker__hit" />
            {mark.vague ? (
              <rect x={left} y={cy - 3.5} width={right - left} height={7} rx={3.5} className="event-marker__shape" />
            ) : (
              <path
                d={`M${cx},${cy - DIAMOND}L${cx + DIAMOND},${cy}L${cx},${cy + DIAMOND}L${cx - DIAMOND},${cy}Z`}
                className="event-marker__shape"
              />
            )}
          </g>
        );
      })}
    </g>
  );
}
