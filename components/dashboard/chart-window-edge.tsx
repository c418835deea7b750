"use client";

import { edgeItemText, edgeLabel, type EdgeGroup } from "./chart-window-view";
import { focusableMark } from "./chart-mark-props";

/** A touch target's side, in pixels. */
const TARGET = 24;
const BADGE_HEIGHT = 16;

interface EdgeMarkerProps {
  group: EdgeGroup;
  /** The plot's left and right edges, and the strip's vertical middle. */
  plotLeft: number;
  plotRight: number;
  cy: number;
  testId: string;
  active: boolean;
  tooltipId: string;
  onShow: (id: string, x: number, y: number) => void;
  onHide: (id: string) => void;
}

/** One marker at the window's edge for a strip's records beyond it: "‹ 3" on the left, "2 ›" on the right. */
export function EdgeMarker({ group, plotLeft, plotRight, cy, testId, active, tooltipId, onShow, onHide }: EdgeMarkerProps) {
  const before = group.side === "before";
  const left = before ? plotLeft : plotRight - TARGET;
  const cx = left + TARGET / 2;
  const show = () => onShow(group.id, cx, cy);
  return (
    <g
      className="strip-mark edge-mark"
      data-testid={testId}
      data-edge={group.side}
      {...focusableMark({ label: edgeLabel(group), show, hide: () => onHide(group.id), tooltipId, active })}
    >
      <rect x={left} y={cy - TARGET / 2} width={TARGET} height={TARGET} className="strip-mark__hit" />
      <rect x={left + 1} y={cy - BADGE_HEIGHT / 2} width={TARGET - 2} height={BADGE_HEIGHT} rx={3} className="edge-mark__badge" />
      <text x={cx} y={cy} textAnchor="middle" dominantBaseline="central" className="edge-mark__text" aria-hidden="true">
        {before ? `‹${group.items.length}` : `${group.items.length}›`}
      </text>
    </g>
  );
}

export function EdgeTooltipBody({ group }: { group: EdgeGroup }) {
  return (
    <>
      <p className="chart-tooltip__title">
        {group.title}, {group.side === "before" ? "before" : "after"} this time window
      </p>
      <ul className="chart-tooltip__list">
        {group.items.map((item) => (
          <li key={item.id}>{edgeItemText(item)}</li>
        ))}
      </ul>
      <p className="muted">Widen the time window to draw {group.items.length === 1 ? "it" : "them"}; the chart data tables list everything.</p>
    </>
  );
}
