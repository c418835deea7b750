/*
 * The chart's records seen through a time window: what falls inside is drawn, what falls wholly
 * before or after is gathered into one marker at that edge of its strip, so narrowing the window
 * never hides that there is more.
 */
import type { ChartModel, EventChartMark, EvidenceStripMark, MilestoneChartMark, ReportChartPoint } from "./chart-model";
import { partitionByWindow, type Domain } from "./chart-window";

export interface EdgeItem {
  id: string;
  /** Where it sorts: its first day. */
  x: number;
  dateText: string;
  text: string;
  source: string;
}

export type EdgeSide = "before" | "after";

/** The records of one strip beyond one edge of the window. */
export interface EdgeGroup {
  /** "edge-events-before" */
  id: string;
  side: EdgeSide;
  /** "1 earlier event", "3 later reports" */
  title: string;
  items: EdgeItem[];
}

export interface WindowedStrip<M> {
  marks: M[];
  before: EdgeGroup | null;
  after: EdgeGroup | null;
}

export interface ChartView {
  domain: Domain;
  reports: ReportChartPoint[];
  events: WindowedStrip<EventChartMark>;
  /** Reports without a whole-project figure; its edges also count the figures beyond the window. */
  evidence: WindowedStrip<EvidenceStripMark>;
  milestones: WindowedStrip<MilestoneChartMark>;
  edges: EdgeGroup[];
}

const NOUNS = { events: ["event", "events"], evidence: ["report", "reports"], milestones: ["milestone", "milestones"] } as const;
type StripName = keyof typeof NOUNS;

function edgeGroup(strip: StripName, side: EdgeSide, items: EdgeItem[]): EdgeGroup | null {
  if (items.length === 0) return null;
  const [one, many] = NOUNS[strip];
  return {
    id: `edge-${strip}-${side}`,
    side,
    title: `${items.length} ${side === "before" ? "earlier" : "later"} ${items.length === 1 ? one : many}`,
    items,
  };
}

/** How an edge marker names itself to a screen reader: its title, then every record in it. */
export const edgeLabel = (g: EdgeGroup) =>
  `${g.title}, ${g.side === "before" ? "before" : "after"} the chart's time window: ${g.items.map(edgeItemText).join("; ")}`;

export const edgeItemText = (i: EdgeItem) => `${i.dateText} — ${i.text} (${i.source})`;

const stripSpan = (m: { x1: number; x2: number }): Domain => [m.x1, m.x2];
const pointSpan = (p: ReportChartPoint): Domain => [p.x, p.x];

const eventItem = (m: EventChartMark): EdgeItem => ({ id: m.id, x: m.x1, dateText: m.dateText, text: m.title, source: m.outlet });
const milestoneItem = (m: MilestoneChartMark): EdgeItem => ({ id: m.id, x: m.x1, dateText: m.dateText, text: `Milestone reached: ${m.label}`, source: m.sources || "no source" });
const pointItem = (p: ReportChartPoint): EdgeItem => ({ id: p.id, x: p.x - p.xError[0], dateText: p.dateText, text: `Reported ${p.y}%`, source: p.outlet });
const evidenceItem = (m: EvidenceStripMark): EdgeItem => ({
  id: m.id,
  x: m.x1,
  dateText: m.dateText,
  text: m.scope ? `Part report, ${m.scope}: ${m.figure === null ? "no figure" : `${m.figure}%`}` : "Qualitative report",
  source: m.outlet,
});

function windowed<M>(strip: StripName, marks: readonly M[], domain: Domain, span: (m: M) => Domain, item: (m: M) => EdgeItem, extra?: { before: EdgeItem[]; after: EdgeItem[] }) {
  const { before, inside, after } = partitionByWindow(marks, domain, span);
  const byDate = (a: EdgeItem[], b: EdgeItem[] = []) => [...a, ...b].sort((p, q) => p.x - q.x);
  return {
    marks: inside,
    before: edgeGroup(strip, "before", byDate(before.map(item), extra?.before)),
    after: edgeGroup(strip, "after", byDate(after.map(item), extra?.after)),
  };
}

export function chartView(model: ChartModel, domain: Domain): ChartView {
  const points = partitionByWindow(model.reports, domain, pointSpan);
  const events = windowed("events", model.events, domain, stripSpan, eventItem);
  const evidence = windowed("evidence", model.evidence, domain, stripSpan, evidenceItem, {
    before: points.before.map(pointItem),
    after: points.after.map(pointItem),
  });
  const milestones = windowed("milestones", model.milestones, domain, stripSpan, milestoneItem);
  const edges = [events, evidence, milestones].flatMap((s) => [s.before, s.after]).filter((g) => g !== null);
  return { domain, reports: points.inside, events, evidence, milestones, edges };
}
