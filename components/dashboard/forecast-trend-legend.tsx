import type { ReactNode } from "react";
import type { ForecastTrend, TrendMark } from "@/db/domain/forecast-trend";
import { formatWindow, fromDayNumber } from "@/db/domain/fuzzy-date";
import { TREND_ROLE_WORDS } from "./forecast-trend-words";

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg className="legend__swatch" width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">
      {children}
    </svg>
  );
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
      {has((m) => m.shape === "point") && (
        <li>
          <Swatch>
            <circle cx="14" cy="7" r="4.5" className="trend-mark__point" />
          </Swatch>
          Point: a claim made on an exact day of an exact completion day
        </li>
      )}
      {has((m) => m.shape === "whisker" || m.shape === "cross") && (
        <li>
          <Swatch>
            <g className="trend-mark__whisker">
              <line x1="3" y1="7" x2="25" y2="7" />
              <line x1="3" y1="3" x2="3" y2="11" />
              <line x1="25" y1="3" x2="25" y2="11" />
            </g>
          </Swatch>
          Whisker: every day a vague claim date can mean
        </li>
      )}
      {has((m) => m.shape === "bar" || m.shape === "cross") && (
        <li>
          <Swatch>
            <rect x="10.5" y="0.5" width="7" height="13" rx="2" className="trend-mark__bar" />
          </Swatch>
          Bar: every day a vague completion window can mean
        </li>
      )}
      <li>
        <Swatch>
          <path d="M1,11L10,8L18,6L27,2" className="trend-line" />
        </Swatch>
        Line: accepted claims in the order they were made; rising = the completion slipped
      </li>
      {trend.baseline && (
        <li>
          <Swatch>
            <rect x="0" y="3" width="28" height="8" className="trend-baseline" />
          </Swatch>
          {TREND_ROLE_WORDS.baseline}: {trend.baseline.text}
        </li>
      )}
      <li>
        <Swatch>
          <line x1="1" y1="13" x2="27" y2="1" className="trend-diagonal" />
        </Swatch>
        Diagonal: completion on the day of the claim; a claim at it says the project is due then
      </li>
      {has((m) => m.derived) && (
        <li>
          <Swatch>
            <g className="trend-mark--derived">
              <circle cx="14" cy="7" r="4.5" className="trend-mark__point" />
            </g>
          </Swatch>
          Hollow, dashed: derived from a duration after a milestone
        </li>
      )}
      {has((m) => !m.accepted) && (
        <li>
          <Swatch>
            <g className="trend-mark--rejected">
              <circle cx="14" cy="7" r="4.5" className="trend-mark__point" />
            </g>
          </Swatch>
          Faint: not accepted, counts for no plan
        </li>
      )}
    </ul>
  );
}
