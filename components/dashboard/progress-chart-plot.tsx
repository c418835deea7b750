"use client";

import { useCallback, useId, useMemo, useRef, useState } from "react";
import {
  Area,
  CartesianGrid,
  ComposedChart,
  DefaultZIndexes,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  ZIndexLayer,
} from "recharts";
import { formatAxisDay } from "@/components/format";
import { ChartEventsLayer, ChartEvidenceLayer, ChartMilestonesLayer, stripLayout } from "./chart-events-layer";
import type { ChartModel, ChartPlan, PlannedChartPoint } from "./chart-model";
import { ChartReportsLayer } from "./chart-reports-layer";
import { ChartTooltip, type ChartTooltipAnchor } from "./chart-tooltip";
import { EventTooltipBody, MilestoneTooltipBody, PlannedTooltip, ReportTooltipBody } from "./chart-tooltip-bodies";
import { timeTicks, type Domain } from "./chart-window";
import { EdgeTooltipBody } from "./chart-window-edge";
import { chartView } from "./chart-window-view";

/*
 * The drawing of the progress chart: everything that needs recharts. Its own chunk, loaded
 * after the page is usable (progress-chart.tsx); the figure around it, its legend and its data
 * table need none of it.
 */

/** Room left of the y axis for the strips' names; a phone gives them the y axis's room only. */
const STRIP_GUTTER = { wide: 36, narrow: 20 };
/** Most time-axis labels that fit side by side. */
const MAX_TICKS = { wide: 9, narrow: 4 };
const PERCENT_TICKS = [0, 25, 50, 75, 100];
const formatPercentTick = (v: number) => `${v}%`;

type MarkKind = "event" | "report" | "evidence" | "milestone" | "edge";

interface ActiveMark extends ChartTooltipAnchor {
  kind: MarkKind;
  id: string;
}

/* Recharts lays no axis over empty data: without a plan, two bare points at the edges of the
 * time axis carry it, with no planned value, so the reported points still have their place. */
const axisOnly = ([from, to]: [number, number]) => [{ x: from }, { x: to }];

type PlannedKey = keyof PlannedChartPoint | ((p: PlannedChartPoint) => unknown);

const PLAN_LOOK = {
  current: { band: "var(--planned-band)", line: "var(--planned)", width: 2, dash: undefined, testId: "planned-band", className: "planned-band" },
  base: { band: "var(--planned-band-base)", line: "var(--planned-base)", width: 1.5, dash: "6 4", testId: "baseline-band", className: "planned-band planned-band--base" },
  past: { band: "var(--planned-band-past)", line: "var(--planned-base)", width: 1, dash: "2 3", testId: "superseded-band", className: "planned-band planned-band--past" },
};

function PlanLayers({ plan, look, band, mid }: { plan: ChartPlan | null; look: keyof typeof PLAN_LOOK; band: PlannedKey; mid: PlannedKey }) {
  if (!plan) return null;
  const style = PLAN_LOOK[look];
  return (
    <>
      <Area
        dataKey={band}
        type="monotone"
        name={`${plan.label}, band = completion window`}
        data-testid={style.testId}
        className={style.className}
        fill={style.band}
        fillOpacity={1}
        stroke="none"
        isAnimationActive={false}
        activeDot={false}
      />
      <Line
        dataKey={mid}
        type="monotone"
        name={`${plan.label}, mid-window`}
        stroke={style.line}
        strokeWidth={style.width}
        strokeDasharray={style.dash}
        strokeOpacity={look === "past" ? 0.7 : 1}
        dot={false}
        activeDot={false}
        isAnimationActive={false}
      />
    </>
  );
}

interface ProgressChartPlotProps {
  model: ChartModel;
  domain: Domain;
  narrow: boolean;
}

export function ProgressChartPlot({ model, domain, narrow }: ProgressChartPlotProps) {
  const fit = narrow ? "narrow" : "wide";
  // The plot fills the chart frame, which places the tooltips.
  const plotRef = useRef<HTMLDivElement>(null);
  const tooltipId = useId();
  const [active, setActive] = useState<ActiveMark | null>(null);
  const view = useMemo(() => chartView(model, domain), [model, domain]);

  const show = useCallback(
    (kind: MarkKind) => (id: string, x: number, y: number) =>
      setActive({ kind, id, x, y, frameWidth: plotRef.current?.clientWidth ?? 0 }),
    [],
  );
  const hide = useCallback((id: string) => setActive((a) => (a?.id === id ? null : a)), []);
  const handlers = useMemo(
    () => ({ event: show("event"), report: show("report"), evidence: show("evidence"), milestone: show("milestone"), edge: show("edge") }),
    [show],
  );
  const find = <M extends { id: string }>(kind: MarkKind, marks: readonly M[]) =>
    active?.kind === kind ? marks.find((m) => m.id === active.id) : undefined;
  const activeEvent = find("event", view.events.marks);
  const activeReport = find("report", view.reports) ?? find("evidence", view.evidence.marks);
  const activeMilestone = find("milestone", view.milestones.marks);
  const activeEdge = find("edge", view.edges);
  const activeId = active?.id ?? null;
  const drawn = (strip: { marks: readonly unknown[]; before: unknown; after: unknown }) =>
    strip.marks.length + (strip.before ? 1 : 0) + (strip.after ? 1 : 0);
  const strips = stripLayout({ evidence: drawn(view.evidence), milestones: drawn(view.milestones) });
  const labels = { plan: model.plan?.label, base: model.basePlan?.label, past: model.superseded.map((p) => p.label) };
  const layer = { activeId, tooltipId, onHide: hide, onShowEdge: handlers.edge };

  return (
    <div className="chart-plot" ref={plotRef}>
      <ResponsiveContainer width="100%" height="100%">
        {/* No recharts keyboard layer: the marks are the chart's tab stops, each named (no unnamed surface stop). */}
        <ComposedChart
          accessibilityLayer={false}
          margin={{ top: strips.total, right: narrow ? 12 : 24, bottom: 4, left: STRIP_GUTTER[fit] }}
          data={model.planned.length > 0 ? model.planned : axisOnly(domain)}
        >
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis type="number" dataKey="x" domain={domain} ticks={timeTicks(domain, MAX_TICKS[fit])} tickFormatter={formatAxisDay} allowDataOverflow minTickGap={12} stroke="var(--axis)" fontSize={12} />
          <YAxis domain={[0, 100]} allowDataOverflow ticks={PERCENT_TICKS} tickFormatter={formatPercentTick} width={narrow ? 36 : 44} stroke="var(--axis)" fontSize={12} />
          {model.basePlan && (
            <ReferenceArea {...model.basePlan.window} className="chart-window chart-window--base" fill="none" stroke="var(--window-edge)" strokeDasharray="4 3" strokeOpacity={0.6} ifOverflow="hidden" />
          )}
          {model.plan && (
            <ReferenceArea {...model.plan.window} className="chart-window" fill="var(--window)" fillOpacity={1} ifOverflow="hidden" />
          )}
          {model.superseded.map((plan, i) => (
            <PlanLayers key={plan.label} plan={plan} look="past" band={(p) => p.past?.[i]} mid={(p) => p.pastMid?.[i]} />
          ))}
          <PlanLayers plan={model.basePlan} look="base" band="baseBand" mid="baseMid" />
          <PlanLayers plan={model.plan} look="current" band="band" mid="mid" />
          <ReferenceLine x={model.today} stroke="var(--today)" strokeDasharray="4 3" label={{ value: "Today", position: "insideTopRight", fill: "var(--today)", fontSize: 12 }} />
          {/* Above the axes, so a point on the 0% line is neither hidden nor blocked by the axis. */}
          <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
            <ChartReportsLayer reports={view.reports} {...layer} onShow={handlers.report} />
            <ChartEventsLayer {...view.events} offset={strips.events} {...layer} onShow={handlers.event} />
            <ChartEvidenceLayer {...view.evidence} offset={strips.evidence} {...layer} onShow={handlers.evidence} />
            <ChartMilestonesLayer {...view.milestones} offset={strips.milestones} {...layer} onShow={handlers.milestone} />
          </ZIndexLayer>
          <Tooltip
            active={active ? false : undefined}
            content={(p) => <PlannedTooltip active={p.active} payload={p.payload} labels={labels} />}
            cursor={{ stroke: "var(--axis)" }}
          />
        </ComposedChart>
      </ResponsiveContainer>
      {active && (activeEvent || activeReport || activeMilestone || activeEdge) && (
        <ChartTooltip id={tooltipId} anchor={active}>
          {activeEvent && <EventTooltipBody mark={activeEvent} />}
          {activeReport && <ReportTooltipBody point={activeReport} />}
          {activeMilestone && <MilestoneTooltipBody mark={activeMilestone} />}
          {activeEdge && <EdgeTooltipBody group={activeEdge} />}
        </ChartTooltip>
      )}
    </div>
  );
}
