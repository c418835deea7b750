import type { ReactNode } from "react";

export interface ChartTooltipAnchor {
  /** Pixel position of the mark inside the chart frame. */
  x: number;
  y: number;
  frameWidth: number;
}

const HALF_WIDTH = 130;

/** The tooltip of an event marker or reported point; it never takes the pointer, so hovering stays stable. */
export function ChartTooltip({ id, anchor, children }: { id: string; anchor: ChartTooltipAnchor; children: ReactNode }) {
  const left = Math.max(HALF_WIDTH, Math.min(anchor.x, anchor.frameWidth - HALF_WIDTH));
  const below = anchor.y < 140;
  return (
    <div
      id={id}
      role="tooltip"
      className={`chart-tooltip ${below ? "chart-tooltip--below" : "chart-tooltip--above"}`}
      style={{ left, top: below ? anchor.y + 14 : anchor.y - 14 }}
    >
      {children}
    </div>
  );
}
