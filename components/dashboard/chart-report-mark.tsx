"use client";

import type { ReportChartPoint } from "./chart-model";
import { CONFIDENCE_MARK, EvidenceShape } from "./evidence-shape";
import { CONFIDENCE, SOURCE_KIND } from "@/db/records/vocabulary";
import { focusableMark } from "./chart-mark-props";

interface ReportMarkProps {
  point: ReportChartPoint;
  cx: number;
  cy: number;
  active: boolean;
  tooltipId: string;
  onShow: (id: string, x: number, y: number) => void;
  onHide: (id: string) => void;
}

/** One whole-project figure: shape = evidence kind, size and fill strength = confidence. */
export function ReportMark({ point, cx, cy, active, tooltipId, onShow, onHide }: ReportMarkProps) {
  const mark = CONFIDENCE_MARK[point.confidence];
  // At least a 24 px touch target, however small the mark.
  const hitRadius = Math.max(mark.r + 5, 12);
  const show = () => onShow(point.id, cx, cy);
  const label =
    `Reported ${point.y}% ${point.arithmetic ? `(${point.arithmetic}) ` : ""}observed ${point.dateText}, ${point.outlet}, ` +
    `${SOURCE_KIND.labels[point.kind]}, ${CONFIDENCE.labels[point.confidence]} confidence`;
  return (
    <g
      className="report-mark"
      data-testid="reported-point"
      data-evidence={point.kind}
      data-confidence={point.confidence}
      {...focusableMark({ label, show, hide: () => onHide(point.id), tooltipId, active })}
    >
      <circle cx={cx} cy={cy} r={hitRadius} className="report-mark__hit" />
      <EvidenceShape
        kind={point.kind}
        cx={cx}
        cy={cy}
        r={mark.r}
        className="report-mark__shape"
        fillOpacity={mark.fillOpacity}
      />
    </g>
  );
}
