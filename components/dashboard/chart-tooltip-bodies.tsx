import { fromDayNumber } from "@/db/domain/calendar-day";
import { formatGap, formatPercentBand } from "@/components/format";
import { formatDay } from "@/db/domain/date-wording";
import type { EventChartMark, MilestoneChartMark, ReportDetails } from "./chart-marks";
import type { PlannedChartPoint } from "./chart-model";
import type { PlanGap } from "./report-gaps";
import { CONFIDENCE, EVENT_CATEGORY, MILESTONE_KIND, SOURCE_KIND } from "@/db/records/vocabulary";

function DateLine({ prefix = "", text, window }: { prefix?: string; text: string; window: string }) {
  return (
    <p className="chart-tooltip__date">
      {prefix}
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

export function MilestoneTooltipBody({ mark }: { mark: MilestoneChartMark }) {
  return (
    <>
      <p className="chart-tooltip__title">Milestone reached: {mark.label}</p>
      <DateLine prefix="Reached " text={mark.dateText} window={mark.dateWindow} />
      <p>
        {MILESTONE_KIND.labels[mark.kind]} · Planned {mark.planned ?? "not recorded"}
        {mark.slippage && <> · Slippage {mark.slippage}</>}
      </p>
      <p>Sources: {mark.sources || "none"}</p>
    </>
  );
}

function GapLine({ label, gap }: { label: string; gap: PlanGap }) {
  return (
    <p>
      {label} ({gap.planText}, claimed {gap.claimedText}): planned {formatPercentBand(gap.planned)}, gap {formatGap(gap.gap)}
    </p>
  );
}

function reportTitle(r: ReportDetails): string {
  if (r.aggregate && r.aggregate.count > 1) {
    const { count, low, high } = r.aggregate;
    return low === null || high === null ? `${count} reports without a whole-project figure (aggregated)` : `${count} reports, ${low}% to ${high}% (aggregated)`;
  }
  if (r.scope) return `Part: ${r.scope}, ${r.figure === null ? "no figure" : `${r.figure}% complete`}`;
  return r.figure === null ? "Qualitative report (no %)" : `Reported ${r.figure}% complete`;
}

export function ReportTooltipBody({ point }: { point: ReportDetails }) {
  const { then, current } = point.gaps;
  return (
    <>
      <p className="chart-tooltip__title">{reportTitle(point)}</p>
      {point.arithmetic && <p>{point.arithmetic}</p>}
      {point.scope && <p className="muted">A part&apos;s figure, not the whole project&apos;s progress.</p>}
      <DateLine prefix="Observed " text={point.dateText} window={point.dateWindow} />
      {point.published && <p>Published {point.published}</p>}
      <p>Source: {point.outlet}</p>
      <p>
        Evidence: {SOURCE_KIND.labels[point.kind]} · Confidence: {CONFIDENCE.labels[point.confidence]}
      </p>
      {then && <GapLine label={current ? "Against the plan in force then" : "Against the plan in force then and now"} gap={then} />}
      {current && <GapLine label="Against the current plan" gap={current} />}
      {point.summary && <p className="muted">{point.summary}</p>}
    </>
  );
}

interface PlannedTooltipProps {
  active?: boolean;
  payload?: readonly { dataKey?: unknown; payload?: unknown }[];
}

const bandWords = (band: [number, number], mid: number | undefined) =>
  `${formatPercentBand({ low: band[0], high: band[1] })}${band[0] !== band[1] && mid !== undefined ? ` (mid ${mid}%)` : ""}`;

/**
 * Recharts' hover tooltip, for the planned curves only: marks have their own. The day is one
 * the curve is computed for, so it is an exact day.
 */
export function PlannedTooltip({ active, payload, labels }: PlannedTooltipProps & { labels: { plan?: string; base?: string; past: readonly string[] } }) {
  const point = payload?.find((p) => p.dataKey === "mid" || p.dataKey === "baseMid")?.payload as PlannedChartPoint | undefined;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip chart-tooltip--static">
      <p className="chart-tooltip__title">Planned on {formatDay(fromDayNumber(point.x))}</p>
      {point.band && (
        <p>
          {labels.plan}: {bandWords(point.band, point.mid)}
        </p>
      )}
      {point.baseBand && (
        <p>
          {labels.base}: {bandWords(point.baseBand, point.baseMid)}
        </p>
      )}
      {point.past?.map(
        (band, i) =>
          band && (
            <p key={labels.past[i]} className="muted">
              {labels.past[i]}: {bandWords(band, point.pastMid?.[i])}
            </p>
          ),
      )}
    </div>
  );
}
