"use client";

import { useXAxisScale, useYAxisScale } from "recharts";
import type { ForecastTrend, TrendMark } from "@/db/domain/forecast-trend";
import { trendMarkLabel } from "./forecast-trend-words";
import { focusableMark } from "./chart-mark-props";

const CAP = 4;
const BAR_HALF = 3.5;
const POINT_R = 5;
const HIT_PAD = 5;
/** A month's whisker or bar is a pixel or two: drawn at least this long, so it is seen. */
const MIN_HALF = 4;

interface Placed {
  mark: TrendMark;
  cx: number;
  cy: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface TrendMarksLayerProps {
  trend: ForecastTrend;
  outlets: ReadonlyMap<string, string>;
  activeId: string | null;
  tooltipId: string;
  onShow: (id: string, x: number, y: number) => void;
  onHide: (id: string) => void;
}

/** A vague claim date as a whisker, a vague completion as a bar; a point only for exact × exact. */
function MarkShape({ mark, cx, cy, left, right, top, bottom }: Placed) {
  const vagueX = mark.shape === "whisker" || mark.shape === "cross";
  const vagueY = mark.shape === "bar" || mark.shape === "cross";
  return (
    <>
      {vagueY && <rect x={cx - BAR_HALF} y={top} width={BAR_HALF * 2} height={bottom - top} rx={2} className="trend-mark__bar" />}
      {vagueX && (
        <g className="trend-mark__whisker">
          <line x1={left} x2={right} y1={cy} y2={cy} />
          <line x1={left} x2={left} y1={cy - CAP} y2={cy + CAP} />
          <line x1={right} x2={right} y1={cy - CAP} y2={cy + CAP} />
        </g>
      )}
      {mark.shape === "point" && <circle cx={cx} cy={cy} r={POINT_R} className="trend-mark__point" />}
    </>
  );
}

/** The claims and the line through the accepted ones, on the chart's own scales. */
export function TrendMarksLayer({ trend, outlets, activeId, tooltipId, onShow, onHide }: TrendMarksLayerProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  const x = (v: number) => xScale(v) ?? 0;
  const y = (v: number) => yScale(v) ?? 0;
  const placed: Placed[] = trend.marks.map((mark) => {
    const cx = x(mark.x.mid);
    const cy = y(mark.y.mid);
    return {
      mark,
      cx,
      cy,
      left: Math.min(x(mark.x.from), cx - MIN_HALF),
      right: Math.max(x(mark.x.to), cx + MIN_HALF),
      top: Math.min(y(mark.y.to), cy - MIN_HALF),
      bottom: Math.max(y(mark.y.from), cy + MIN_HALF),
    };
  });
  const path = trend.line.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.x)},${y(p.y)}`).join("");

  return (
    <g className="trend-marks">
      {trend.line.length > 1 && <path d={path} className="trend-line" data-testid="trend-line" aria-hidden="true" />}
      {placed.map((at) => {
        const { mark } = at;
        const show = () => onShow(mark.id, at.cx, at.top);
        const classes = ["trend-mark", mark.derived && "trend-mark--derived", !mark.accepted && "trend-mark--rejected", `trend-mark--${mark.role}`];
        return (
          <g
            key={mark.id}
            className={classes.filter(Boolean).join(" ")}
            data-testid="trend-mark"
            data-shape={mark.shape}
            {...focusableMark({ label: trendMarkLabel(mark, outlets.get(mark.sourceId) ?? "Unknown source"), show, hide: () => onHide(mark.id), tooltipId, active: mark.id === activeId })}
          >
            <rect
              x={Math.min(at.left, at.cx - POINT_R) - HIT_PAD}
              y={Math.min(at.top, at.cy - POINT_R) - HIT_PAD}
              width={Math.max(at.right, at.cx + POINT_R) - Math.min(at.left, at.cx - POINT_R) + HIT_PAD * 2}
              height={Math.max(at.bottom, at.cy + POINT_R) - Math.min(at.top, at.cy - POINT_R) + HIT_PAD * 2}
              className="trend-mark__hit"
            />
            <MarkShape {...at} />
          </g>
        );
      })}
    </g>
  );
}
