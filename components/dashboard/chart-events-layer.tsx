"use client";

/*
 * The three strips above the plot, top to bottom: events; reports without a whole-project
 * figure (parts and qualitative reports, shaped by evidence kind); milestones reached.
 */
import { MILESTONE_KIND, SOURCE_KIND } from "@/db/records/vocabulary";
import type { EventChartMark, EvidenceStripMark, MilestoneChartMark } from "./chart-marks";
import { ChartStrip, diamondPath, StripBar, stripHeight, type StripGeometry } from "./chart-strip";
import type { EdgeGroup } from "./chart-window-view";
import { CONFIDENCE_MARK, EvidenceShape } from "./evidence-shape";

export const EVENT_LANES = 5;
export const EVIDENCE_LANES = 3;
export const MILESTONE_LANES = 2;

/** Heights of the strips in use, top to bottom; a strip with nothing to draw, not even at an edge, takes no room. */
export function stripLayout(counts: { evidence: number; milestones: number }) {
  const events = stripHeight(EVENT_LANES);
  const evidence = counts.evidence > 0 ? stripHeight(EVIDENCE_LANES) : 0;
  const milestones = counts.milestones > 0 ? stripHeight(MILESTONE_LANES) : 0;
  // Offsets are measured upwards from the plot's top edge.
  return { total: events + evidence + milestones, events: events + evidence + milestones, evidence: evidence + milestones, milestones };
}

interface LayerProps<M> {
  marks: readonly M[];
  before: EdgeGroup | null;
  after: EdgeGroup | null;
  offset: number;
  activeId: string | null;
  tooltipId: string;
  onShow: (id: string, x: number, y: number) => void;
  onHide: (id: string) => void;
  onShowEdge: (id: string, x: number, y: number) => void;
}

export function ChartEventsLayer(props: LayerProps<EventChartMark>) {
  return (
    <ChartStrip
      {...props}
      lanes={EVENT_LANES}
      title="Events"
      className="strip-events"
      testId="event-marker"
      guides="always"
      label={(m) => `Event: ${m.title}, ${m.dateText}`}
      shape={(m, at) => (m.vague ? <StripBar {...at} /> : <path d={diamondPath(at.cx, at.cy)} className="strip-mark__shape" />)}
    />
  );
}

export function evidenceLabel(m: EvidenceStripMark): string {
  const what = m.scope ? `Part report, ${m.scope}: ${m.figure === null ? "no figure" : `${m.figure}%`}` : "Qualitative report, no figure";
  return `${what}, observed ${m.dateText}, ${m.outlet}, ${SOURCE_KIND.labels[m.kind]}`;
}

function EvidenceMarkShape({ mark, at }: { mark: EvidenceStripMark; at: StripGeometry }) {
  const confidence = CONFIDENCE_MARK[mark.confidence];
  return (
    <>
      {mark.vague && <StripBar {...at} />}
      <EvidenceShape kind={mark.kind} cx={at.cx} cy={at.cy} r={4.5} className="report-mark__shape" fillOpacity={confidence.fillOpacity} />
    </>
  );
}

export function ChartEvidenceLayer(props: LayerProps<EvidenceStripMark>) {
  return (
    <ChartStrip
      {...props}
      lanes={EVIDENCE_LANES}
      title="Reports"
      className="strip-evidence"
      testId="evidence-marker"
      guides="active"
      label={evidenceLabel}
      shape={(mark, at) => <EvidenceMarkShape mark={mark} at={at} />}
    />
  );
}

/** A pennant on a short pole. */
const flagPath = (cx: number, cy: number) => `M${cx - 3},${cy + 5.5}L${cx - 3},${cy - 5.5}L${cx + 5},${cy - 2.5}L${cx - 3},${cy + 0.5}`;

export function ChartMilestonesLayer(props: LayerProps<MilestoneChartMark>) {
  return (
    <ChartStrip
      {...props}
      lanes={MILESTONE_LANES}
      title="Milestones"
      className="strip-milestones"
      testId="milestone-marker"
      guides="always"
      label={(m) => `Milestone reached: ${m.label} (${MILESTONE_KIND.labels[m.kind]}), ${m.dateText}`}
      shape={(m, at) => (m.vague ? <StripBar {...at} /> : <path d={flagPath(at.cx, at.cy)} className="strip-mark__shape" />)}
    />
  );
}
