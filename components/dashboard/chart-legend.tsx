"use client";

import { useState } from "react";
import { CONFIDENCE_MARK, EVIDENCE_SHAPE_NAMES, EvidenceShape } from "./evidence-shape";
import { SOURCE_KIND, type SourceKind } from "@/db/records/vocabulary";
import type { ChartAggregation } from "./chart-model";
import { LegendEntry } from "./legend-entry";

/** A plan's completion window as a band with its mid-window line; `look` draws the original plan's or a superseded one's. */
function PlanBand({ look }: { look?: "base" | "past" }) {
  const classes = (element: string) => (look ? `${element} ${element}--${look}` : element);
  return (
    <>
      <rect x="0" y="2" width="28" height="10" className={classes("legend__band")} />
      <line x1="0" y1="7" x2="28" y2="7" className={classes("legend__mid")} />
    </>
  );
}

interface ChartLegendProps {
  /** "Current plan (Q4 2026)" or "Plan (mid-2026)"; null without a plan. */
  plan: string | null;
  /** "Original plan (mid-2026)" when the plan moved. */
  basePlan: string | null;
  /** How many plans claimed between the original and the current one are drawn. */
  superseded: number;
  /** On a phone the legend starts folded, so the chart comes first. */
  narrow: boolean;
  /** Kinds of evidence drawn, on the % axis or in the reports strip. */
  evidenceKinds: readonly SourceKind[];
  hasFigures: boolean;
  hasVagueReports: boolean;
  hasEvidenceStrip: boolean;
  hasMilestones: boolean;
  /** Set when the marks are aggregated: the legend says so, with how many records each series holds. */
  aggregation?: ChartAggregation | null;
}

const count = (n: number) => n.toLocaleString("en-US");

/** "aggregated: 10,000 reports in 1,180 marks (at most one per column of 1,200)" */
export function aggregationWords(a: ChartAggregation): string[] {
  const per = `at most one per series in each of ${count(a.columns)} columns of the time axis`;
  return [
    `Aggregated: ${count(a.reports.records)} reports in ${count(a.reports.marks)} marks, ${per}. A mark on the % axis sits at its reports' median, its vertical whisker from their lowest to their highest figure, so no outlier is hidden.`,
    `Aggregated: ${count(a.events.records)} events in ${count(a.events.marks)} marks, ${per}. Every record is in the tables below.`,
  ];
}

/** The chart's key, in HTML so it wraps on narrow screens and reads in order; folded on a phone until opened. */
export function ChartLegend({ narrow, ...props }: ChartLegendProps) {
  const [opened, setOpened] = useState<boolean | null>(null);
  const open = opened ?? !narrow;
  // A toggle the page made itself (parsing, or this render) agrees with `open`; only the reader's is kept.
  return (
    <details className="legend-fold" open={open} onToggle={(e) => e.currentTarget.open !== open && setOpened(e.currentTarget.open)}>
      <summary>Legend</summary>
      <LegendItems {...props} />
    </details>
  );
}

function LegendItems({ plan, basePlan, superseded, evidenceKinds, hasFigures, hasVagueReports, hasEvidenceStrip, hasMilestones, aggregation }: Omit<ChartLegendProps, "narrow">) {
  return (
    <ul className="legend" aria-label="Chart legend">
      {aggregation &&
        aggregationWords(aggregation).map((words) => (
          <li key={words} className="legend__aggregation" data-testid="chart-aggregation">
            {words}
          </li>
        ))}
      {plan && <LegendEntry swatch={<PlanBand />}>{plan}: band = completion window, line = mid-window</LegendEntry>}
      {plan && (
        <LegendEntry
          swatch={
            <>
              <rect x="0" y="0" width={basePlan ? 14 : 28} height="14" className="legend__window" />
              {basePlan && <rect x="15" y="0.5" width="12" height="13" className="legend__window legend__window--base" />}
            </>
          }
        >
          {basePlan ? "Completion windows: shaded = current plan, dashed outline = original plan" : "Planned completion window"}
        </LegendEntry>
      )}
      {basePlan && <LegendEntry swatch={<PlanBand look="base" />}>{basePlan}, kept for comparison: faint band, dashed line</LegendEntry>}
      {superseded > 0 && (
        <LegendEntry swatch={<PlanBand look="past" />}>
          {superseded === 1 ? "A plan claimed in between, since superseded" : `${superseded} plans claimed in between, since superseded`}: fainter band,
          dotted line
        </LegendEntry>
      )}
      <LegendEntry swatch={<line x1="14" y1="0" x2="14" y2="14" className="legend__today" />}>Today</LegendEntry>
      {evidenceKinds.map((kind) => (
        <LegendEntry key={kind} swatch={<EvidenceShape kind={kind} cx={14} cy={7} r={5} className="report-mark__shape" />}>
          Evidence: {SOURCE_KIND.labels[kind].toLowerCase()} ({EVIDENCE_SHAPE_NAMES[kind]})
        </LegendEntry>
      ))}
      {!hasFigures && <li>No whole-project % has been reported yet</li>}
      {evidenceKinds.length > 0 && (
        <LegendEntry
          swatch={
            <>
              <circle cx="6" cy="7" r={CONFIDENCE_MARK.low.r} className="report-mark__shape" fillOpacity={CONFIDENCE_MARK.low.fillOpacity} />
              <circle cx="20" cy="7" r={CONFIDENCE_MARK.high.r} className="report-mark__shape" />
            </>
          }
        >
          Confidence: faint and small = low, solid and large = high
        </LegendEntry>
      )}
      {hasVagueReports && (
        <LegendEntry
          swatch={
            <>
              <line x1="3" y1="7" x2="25" y2="7" className="legend__whisker" />
              <line x1="3" y1="3" x2="3" y2="11" className="legend__whisker" />
              <line x1="25" y1="3" x2="25" y2="11" className="legend__whisker" />
            </>
          }
        >
          Whisker: every day a vague observation date can mean
        </LegendEntry>
      )}
      <LegendEntry
        swatch={
          <>
            <path d="M6,2L11,7L6,12L1,7Z" className="legend__event" />
            <rect x="14" y="3.5" width="13" height="7" rx="3.5" className="legend__event" />
          </>
        }
      >
        Events (top strip): diamond = exact day, bar = vague date
      </LegendEntry>
      {hasEvidenceStrip && (
        <LegendEntry
          swatch={
            <>
              <rect x="1" y="3.5" width="26" height="7" rx="3.5" className="legend__evidence-bar" />
              <EvidenceShape kind="other" cx={14} cy={7} r={4.5} className="report-mark__shape" />
            </>
          }
        >
          Reports strip (below the events): parts of the project and qualitative reports, not on the % axis; shape = evidence kind
        </LegendEntry>
      )}
      {hasMilestones && (
        <LegendEntry
          swatch={
            <>
              <path d="M5,12.5L5,1.5L13,4.5L5,7.5" className="legend__milestone" />
              <rect x="16" y="3.5" width="11" height="7" rx="3.5" className="legend__milestone" />
            </>
          }
        >
          Milestones reached (strip just above the plot): flag = exact day, bar = vague date
        </LegendEntry>
      )}
    </ul>
  );
}
