"use client";

import type { ReactNode } from "react";
import { usePlotArea, useXAxisScale } from "recharts";
import type { StripSpan } from "./chart-marks";
import { EdgeMarker } from "./chart-window-edge";
import type { EdgeGroup } from "./chart-window-view";
import { focusableMark } from "./chart-mark-props";

/*
 * A strip above the plot, on the chart's own time axis: events, reports without a whole-project
 * figure, milestones reached. Marks too close to share a row are stacked into lanes. An exact
 * date is a small shape; a vague one a bar across every day it can mean, cut at the window's
 * edges. Records wholly beyond an edge are one marker there. Each mark takes focus and shows its
 * tooltip on hover, focus, Enter or Space; Escape hides it.
 */
export const LANE_HEIGHT = 13;
const STRIP_PADDING = 6;
const POINT_HALF = 5;
const MIN_BAR_PX = 10;
/** A touch target's least side (WCAG 2.5.8): every mark's hit area is at least this, however small its shape. */
const TARGET = 24;

export const stripHeight = (lanes: number) => (lanes > 0 ? STRIP_PADDING * 2 + lanes * LANE_HEIGHT : 0);

export interface StripGeometry {
  cx: number;
  cy: number;
  left: number;
  right: number;
}

/** A mark's hit area: TARGET square around a point, a bar's length (and a little) by TARGET. */
interface HitArea {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

interface Placed<M> extends StripGeometry {
  mark: M;
  hit: HitArea;
  /** Marks with no room of their own, grouped into this one's target. */
  grouped: M[];
}

const hitArea = ({ cx, cy, left, right }: StripGeometry): HitArea => ({
  x1: Math.min(left - 3, cx - TARGET / 2),
  x2: Math.max(right + 3, cx + TARGET / 2),
  y1: cy - TARGET / 2,
  y2: cy + TARGET / 2,
});

const overlaps = (a: HitArea, b: HitArea) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Marks stacked into lanes so that no two hit areas overlap: lanes are closer than a target is
 * tall, so a mark keeps clear of its own lane's marks and of those one lane up or down. A mark
 * with no lane free joins the target of the nearest placed mark, which then names them all.
 */
function placeInLanes<M extends StripSpan>(marks: readonly M[], scale: (v: number) => number, top: number, lanes: number, obstacles: readonly HitArea[]): Placed<M>[] {
  const placed: Placed<M>[] = [];
  const laneEnds: number[] = Array.from({ length: lanes }, () => -Infinity);
  for (const mark of [...marks].sort((a, b) => a.x1 - b.x1 || a.x2 - b.x2)) {
    const a = scale(mark.x1);
    const b = scale(mark.x2);
    const cx = (a + b) / 2;
    const half = mark.vague ? Math.max((b - a) / 2, MIN_BAR_PX / 2) : POINT_HALF;
    const at = (lane: number): StripGeometry => ({ cx, left: cx - half, right: cx + half, cy: top + STRIP_PADDING + lane * LANE_HEIGHT + LANE_HEIGHT / 2 });
    const taken = [...obstacles, ...placed.map((p) => p.hit)];
    const lane = laneEnds.findIndex((_, l) => !taken.some((hit) => overlaps(hit, hitArea(at(l)))));
    const nearest = placed.reduce<Placed<M> | undefined>((best, p) => (!best || Math.abs(p.cx - cx) < Math.abs(best.cx - cx) ? p : best), undefined);
    if (lane === -1 && nearest) {
      nearest.grouped.push(mark);
      continue;
    }
    // Only when edge markers leave no lane free even for the first mark.
    const chosen = lane === -1 ? laneEnds.indexOf(Math.min(...laneEnds)) : lane;
    const geometry = at(chosen);
    const hit = hitArea(geometry);
    laneEnds[chosen] = hit.x2;
    placed.push({ mark, ...geometry, hit, grouped: [] });
  }
  return placed;
}

export interface ChartStripProps<M extends StripSpan> {
  marks: readonly M[];
  /** The strip's records wholly before and after the time window. */
  before: EdgeGroup | null;
  after: EdgeGroup | null;
  lanes: number;
  /** Pixels above the plot's top edge at which the strip begins. */
  offset: number;
  /** A short name, drawn in the gutter left of the strip (the legend says it in full). */
  title: string;
  /** "strip-events", "strip-evidence", "strip-milestones": the CSS modifier of guides and marks. */
  className: string;
  testId: string;
  /** Guides through the plot: always (faint, stronger when active) or only for the active mark. */
  guides: "always" | "active";
  label: (mark: M) => string;
  shape: (mark: M, at: StripGeometry) => ReactNode;
  activeId: string | null;
  tooltipId: string;
  onShow: (id: string, x: number, y: number) => void;
  onHide: (id: string) => void;
  onShowEdge: (id: string, x: number, y: number) => void;
}

export function ChartStrip<M extends StripSpan>(props: ChartStripProps<M>) {
  const { marks, before, after, lanes, offset, title, className, testId, guides, label, shape, activeId, tooltipId, onShow, onHide, onShowEdge } = props;
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  if (!xScale || !plot || (marks.length === 0 && !before && !after)) return null;
  const scale = (v: number) => Math.min(Math.max(xScale(v) ?? plot.x, plot.x), plot.x + plot.width);
  const top = plot.y - offset;
  const middle = top + stripHeight(lanes) / 2;
  // The markers for records beyond the window's edges, where they are drawn (EdgeMarker).
  const edgeHit = (x: number): HitArea => ({ x1: x, x2: x + TARGET, y1: middle - TARGET / 2, y2: middle + TARGET / 2 });
  const edges = [...(before ? [edgeHit(plot.x)] : []), ...(after ? [edgeHit(plot.x + plot.width - TARGET)] : [])];
  const placed = placeInLanes(marks, scale, top, lanes, edges);
  const plotBottom = plot.y + plot.height;

  return (
    <g className={`chart-strip ${className}`}>
      <text x={plot.x - 6} y={top + stripHeight(lanes) / 2} textAnchor="end" dominantBaseline="middle" className="chart-strip__title" aria-hidden="true">
        {title}
      </text>
      {placed
        .filter(({ mark }) => guides === "always" || mark.id === activeId)
        .map(({ mark, left, right, cy }) => (
          <g key={mark.id} className={mark.id === activeId ? "chart-strip__guide is-active" : "chart-strip__guide"} aria-hidden="true">
            {mark.vague ? (
              <rect x={left} y={cy} width={right - left} height={plotBottom - cy} className="chart-strip__band" />
            ) : (
              <line x1={(left + right) / 2} x2={(left + right) / 2} y1={cy} y2={plotBottom} className="chart-strip__line" />
            )}
          </g>
        ))}
      {placed.map(({ mark, hit, grouped, ...at }) => {
        const show = () => onShow(mark.id, at.cx, at.cy);
        const name = grouped.length === 0 ? label(mark) : `${label(mark)}; and ${grouped.length} more here: ${grouped.map(label).join("; ")}`;
        return (
          <g
            key={mark.id}
            className="strip-mark"
            data-testid={testId}
            {...focusableMark({ label: name, show, hide: () => onHide(mark.id), tooltipId, active: mark.id === activeId })}
          >
            <rect x={hit.x1} y={hit.y1} width={hit.x2 - hit.x1} height={hit.y2 - hit.y1} className="strip-mark__hit" />
            {shape(mark, at)}
            {grouped.length > 0 && (
              <text x={at.cx + 6} y={at.cy - 3} className="strip-mark__more" aria-hidden="true">
                +{grouped.length}
              </text>
            )}
          </g>
        );
      })}
      {[before, after].map(
        (group) =>
          group && (
            <EdgeMarker
              key={group.id}
              group={group}
              plotLeft={plot.x}
              plotRight={plot.x + plot.width}
              cy={middle}
              testId={testId}
              active={group.id === activeId}
              tooltipId={tooltipId}
              onShow={onShowEdge}
              onHide={onHide}
            />
          ),
      )}
    </g>
  );
}

/** A vague date's bar across every day it can mean. */
export function StripBar({ left, right, cy }: StripGeometry) {
  return <rect x={left} y={cy - 3.5} width={right - left} height={7} rx={3.5} className="strip-mark__bar" />;
}

export const diamondPath = (cx: number, cy: number, r = POINT_HALF) =>
  `M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`;
