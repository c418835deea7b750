import type { ForecastTrend, TrendMark } from "@/db/domain/forecast-trend";
import { fromDayNumber } from "@/db/domain/calendar-day";
import { formatWindow } from "@/db/domain/fuzzy-date";
import { TREND_ROLE_WORDS } from "./forecast-trend-words";
import { LegendEntry } from "./legend-entry";

/** A point mark; `look` wraps it in the class the chart gives a derived or a rejected claim's mark. */
function PointSwatch({ look }: { look?: "derived" | "rejected" }) {
  const point = <circle cx="14" cy="7" r="4.5" className="trend-mark__point" />;
  return look ? <g className={`trend-mark--${look}`}>{point}</g> : point;
}

const windowOf = (from: number, to: number) => formatWindow({ earliest: fromDayNumber(from), latest: fromDayNumber(to) });

/** The tooltip of one claim: what was claimed, when, by whom, and how it counts. */
export function TrendTooltipBody({ mark, outlet, note }: { mark: TrendMark; outlet: string; note: string | null }) {
  return (
    <>
      <p className="chart-tooltip__title">Completion {mark.completionText}</p>
      <p className="chart-tooltip__date">
        Claimed {mark.claimedText}
        {windowOf(mark.x.from, mark.x.to) !== mark.claimedText && <span className="muted"> ({windowOf(mark.x.from, mark.x.to)})</span>}
      </p>
      {mark.derived && mark.arithmetic && <p>Derived: {mark.arithmetic}</p>}
      <p>Source: {outlet}</p>
      <p>{TREND_ROLE_WORDS[mark.role]}</p>
      {note && <p className="muted">{note}</p>}
    </>
  );
}

/** The trend chart's key, in HTML so it wraps and reads in order. */
export function TrendLegend({ trend }: { trend: ForecastTrend }) {
  const has = (test: (m: TrendMark) => boolean) => trend.marks.some(test);
  return (
    <ul className="legend" aria-label="Forecast chart legend">
      {has((m) => m.shape === "point") && <LegendEntry swatch={<PointSwatch />}>Point: a claim made on an exact day of an exact completion day</LegendEntry>}
      {has((m) => m.shape === "whisker" || m.shape === "cross") && (
        <LegendEntry
          swatch={
            <g className="trend-mark__whisker">
              <line x1="3" y1="7" x2="25" y2="7" />
              <line x1="3" y1="3" x2="3" y2="11" />
              <line x1="25" y1="3" x2="25" y2="11" />
            </g>
          }
        >
          Whisker: every day a vague claim date can mean
        </LegendEntry>
      )}
      {has((m) => m.shape === "bar" || m.shape === "cross") && (
        <LegendEntry swatch={<rect x="10.5" y="0.5" width="7" height="13" rx="2" className="trend-mark__bar" />}>
          Bar: every day a vague completion window can mean
        </LegendEntry>
      )}
      <LegendEntry swatch={<path d="M1,11L10,8L18,6L27,2" className="trend-line" />}>
        Line: accepted claims in the order they were made; rising = the completion slipped
      </LegendEntry>
      {trend.baseline && (
        <LegendEntry swatch={<rect x="0" y="3" width="28" height="8" className="trend-baseline" />}>
          {TREND_ROLE_WORDS.baseline}: {trend.baseline.text}
        </LegendEntry>
      )}
      <LegendEntry swatch={<line x1="1" y1="13" x2="27" y2="1" className="trend-diagonal" />}>
        Diagonal: completion on the day of the claim; a claim at it says the project is due then
      </LegendEntry>
      {has((m) => m.derived) && <LegendEntry swatch={<PointSwatch look="derived" />}>Hollow, dashed: derived from a duration after a milestone</LegendEntry>}
      {has((m) => !m.accepted) && <LegendEntry swatch={<PointSwatch look="rejected" />}>Faint: not accepted, counts for no plan</LegendEntry>}
    </ul>
  );
}
