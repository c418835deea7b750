import type { ReactNode } from "react";
import { CONFIDENCE_MARK, EVIDENCE_SHAPE_NAMES, EvidenceShape } from "./evidence-shape";
import { SOURCE_KIND, type SourceKind } from "@/db/records/vocabulary";

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg className="legend__swatch" width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">
      {children}
    </svg>
  );
}

/** The chart's key, in HTML so it wraps on narrow screens and reads in order. */
export function ChartLegend({
  evidenceKinds,
  hasVagueReports,
}: {
  evidenceKinds: readonly SourceKind[];
  hasVagueReports: boolean;
}) {
  return (
    <ul className="legend" aria-label="Chart legend">
      <li>
        <Swatch>
          <rect x="0" y="2" width="28" height="10" className="legend__band" />
          <line x1="0" y1="7" x2="28" y2="7" className="legend__mid" />
        </Swatch>
        Planned (band = completion window; line = mid-window)
      </li>
      <li>
        <Swatch>
          <rect x="0" y="0" width="28" height="14" className="legend__window" />
        </Swatch>
        Planned completion window
      </li>
      <li>
        <Swatch>
          <line x1="14" y1="0" x2="14" y2="14" className="legend__today" />
        </Swatch>
        Today
      </li>
      {evidenceKinds.map((kind) => (
        <li key={kind}>
          <Swatch>
            <EvidenceShape kind={kind} cx={14} cy={7} r={5} className="report-mark__shape" />
          </Swatch>
          Reported, {SOURCE_KIND.labels[kind].toLowerCase()} ({EVIDENCE_SHAPE_NAMES[kind]})
        </li>
      ))}
      {evidenceKinds.length === 0 && <li>No % has been reported yet</li>}
      {evidenceKinds.length > 0 && (
        <li>
          <Swatch>
            <circle cx="6" cy="7" r={CONFIDENCE_MARK.low.r} className="report-mark__shape" fillOpacity={CONFIDENCE_MARK.low.fillOpacity} />
            <circle cx="20" cy="7" r={CONFIDENCE_MARK.high.r} className="report-mark__shape" />
          </Swatch>
          Confidence: faint and small = low, solid and large = high
        </li>
      )}
      {hasVagueReports && (
        <li>
          <Swatch>
            <line x1="3" y1="7" x2="25" y2="7" className="legend__whisker" />
            <line x1="3" y1="3" x2="3" y2="11" className="legend__whisker" />
            <line x1="25" y1="3" x2="25" y2="11" className="legend__whisker" />
          </Swatch>
          Whisker: every day a vague observation date can mean
        </li>
      )}
      <li>
        <Swatch>
          <path d="M6,2L11,7L6,12L1,7Z" className="event-marker__shape" />
          <rect x="14" y="3.5" width="13" height="7" rx="3.5" className="event-marker__shape" />
        </Swatch>
        Events (top strip): diamond = exact day, bar = vague date
      </li>
    </ul>
  );
}
