import { fromDayNumber } from "@/db/domain/fuzzy-date";
import { formatPercentBand } from "@/components/format";
import { formatDay } from "@/db/domain/date-wording";
import type { EventChartMark, PlannedChartPoint, ReportChartPoint } from "./chart-model";
import { CONFIDENCE, EVENT_CATEGORY, SOURCE_KIND } from "@/db/records/vocabulary";

function DateLine({ text, window }: { text: string; window: string }) {
  return (
    <p className="chart-tooltip__date">
      {text}
      {text !== window && <span className="muted"> ({window})</span>}
    </p>
  );
}

export function EventTooltipBody({ mark }: { mark: EventChartMark }) {
  return (
    <>
      <p className="chart-tooltip__title">{mark.title}</p>
      <DateLine text={mark.dateText} window={mark.dateWindow} />
      <p>
        {EVENT_CATEGORY.labels[mark.category]} · Source: {mark.outlet}
      </p>
    </>
  );
}

export function ReportTooltipBody({ point }: { point: ReportChartPoint }) {
  return (
    <>
      <p className="chart-tooltip__title">Reported {point.percent}% complete</p>
      <DateLine text={`Observed ${point.dateText}`} window={`Observed ${point.dateWindow}`} />
      <p>Source: {point.outlet}</p>
      <p>
        Evidence: {SOURCE_KIND.labels[point.kind]} · Confidence: {CONFIDENCE.labels[point.confidence]}
      </p>
      {point.summary && <p className="muted">{point.summary}</p>}
    </>
  );
}

interface PlannedTooltipProps {
  active?: boolean;
  payload?: readonly { dataKey?: unknown; payload?: unknown }[];
}

/** Recharts' hover tooltip, for the planned curve only: marks have their own. */
export function PlannedTooltip({ active, payload }: PlannedTooltipProps) {
  const point = payload?.find((p) => p.dataKey === "mid")?.payload as PlannedChartPoint | undefined;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip chart-tooltip--static">
      <p className="chart-tooltip__title">Planned on {formatDay(fromDayNumber(point.x))}</p>
      <p>
        {formatPercentBand({ low: point.band[0], high: point.band[1] })}
        {point.band[0] !== point.band[1] && <span className="muted"> (mid {point.mid}%)</span>}
      </p>
    </div>
  );
}
