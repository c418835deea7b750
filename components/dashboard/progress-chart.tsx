"use client";

import { useCallback, useId, useMemo, useRef, useState, useSyncExternalStore } from "react";
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
import type { DashboardData } from "@/db/dashboard-data";
import { formatAxisDay } from "@/components/format";
import { ChartDownload } from "./chart-download";
import { ChartEventsLayer, ChartEvidenceLayer, ChartMilestonesLayer, stripLayout } from "./chart-events-layer";
import { ChartLegend } from "./chart-legend";
import { buildChartModel, type ChartPlan } from "./chart-model";
import { ChartReportsLayer } from "./chart-reports-layer";
import { ChartTooltip, type ChartTooltipAnchor } from "./chart-tooltip";
import { EventTooltipBody, MilestoneTooltipBody, PlannedTooltip, ReportTooltipBody } from "./chart-tooltip-bodies";
import type { SourceIndex } from "./source-index";

/** Fixed, so nothing below the chart moves when it draws after hydration. */
export const CHART_HEIGHT = 440;

/** Room left of the y axis for the strips' names. */
const STRIP_GUTTER = 36;
const PERCENT_TICKS = [0, 25, 50, 75, 100];
const formatPercentTick = (v: number) => `${v}%`;
const noSubscription = () => () => undefined;

type MarkKind = "event" | "report" | "evidence" | "milestone";

interface ActiveMark extends ChartTooltipAnchor {
  kind: MarkKind;
  id: string;
}

/* Recharts lays no axis over empty data: without a plan, two bare points at the edges of the
 * time axis carry it, with no planned value, so the reported points still have their place. */
const axisOnly = ([from, to]: [number, number]) => [{ x: from }, { x: to }];

function PlanLayers({ plan, base }: { plan: ChartPlan | null; base: boolean }) {
  if (!plan) return null;
  const [band, mid] = base ? ["baseBand", "baseMid"] : ["band", "mid"];
  return (
    <>
      <Area
        dataKey={band}
        type="monotone"
        name={`${plan.label}, band = completion window`}
        data-testid={base ? "baseline-band" : "planned-band"}
        className={base ? "planned-band planned-band--base" : "planned-band"}
        fill={base ? "var(--planned-band-base)" : "var(--planned-band)"}
        fillOpacity={1}
        stroke="none"
        isAnimationActive={false}
        activeDot={false}
      />
      <Line
        dataKey={mid}
        type="monotone"
        name={`${plan.label}, mid-window`}
        stroke={base ? "var(--planned-base)" : "var(--planned)"}
        strokeWidth={base ? 1.5 : 2}
        strokeDasharray={base ? "6 4" : undefined}
        dot={false}
        activeDot={false}
        isAnimationActive={false}
      />
    </>
  );
}

export function ProgressChart({ data, sources }: { data: DashboardData; sources: SourceIndex }) {
  const model = useMemo(() => buildChartModel(data, sources), [data, sources]);
  // Recharts measures the DOM, so it draws only in the browser; the frame keeps its height meanwhile.
  const mounted = useSyncExternalStore(noSubscription, () => true, () => false);
  const frameRef = useRef<HTMLDivElement>(null);
  const tooltipId = useId();
  const [active, setActive] = useState<ActiveMark | null>(null);

  const show = useCallback(
    (kind: MarkKind) => (id: string, x: number, y: number) =>
      setActive({ kind, id, x, y, frameWidth: frameRef.current?.clientWidth ?? 0 }),
    [],
  );
  const hide = useCallback((id: string) => setActive((a) => (a?.id === id ? null : a)), []);
  const handlers = useMemo(
    () => ({ event: show("event"), report: show("report"), evidence: show("evidence"), milestone: show("milestone") }),
    [show],
  );
  const find = <M extends { id: string }>(kind: MarkKind, marks: readonly M[]) =>
    active?.kind === kind ? marks.find((m) => m.id === active.id) : undefined;
  const activeEvent = find("event", model.events);
  const activeReport = find("report", model.reports) ?? find("evidence", model.evidence);
  const activeMilestone = find("milestone", model.milestones);
  const activeId = active?.id ?? null;
  const strips = stripLayout({ evidence: model.evidence.length, milestones: model.milestones.length });
  const evidenceKinds = [...new Set([...model.reports, ...model.evidence].map((r) => r.kind))];
  const labels = { plan: model.plan?.label, base: model.basePlan?.label };
  const layer = { activeId, tooltipId, onHide: hide };

  return (
    <figure
      role="figure"
      aria-label="Planned against reported progress over time, with events, other reports and milestones reached on the same time axis"
      data-testid="progress-chart"
      className="progress-chart"
    >
      <div className="chart-frame" ref={frameRef} style={{ height: CHART_HEIGHT }}>
        {mounted && (
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart margin={{ top: strips.total, right: 24, bottom: 4, left: STRIP_GUTTER }} data={model.planned.length > 0 ? model.planned : axisOnly(model.domain)}>
              <CartesianGrid stroke="var(--grid)" vertical={false} />
              <XAxis type="number" dataKey="x" domain={model.domain} ticks={model.ticks} tickFormatter={formatAxisDay} allowDataOverflow minTickGap={16} stroke="var(--axis)" fontSize={12} />
              <YAxis domain={[0, 100]} allowDataOverflow ticks={PERCENT_TICKS} tickFormatter={formatPercentTick} width={44} stroke="var(--axis)" fontSize={12} />
              {model.basePlan && (
                <ReferenceArea {...model.basePlan.window} className="chart-window chart-window--base" fill="none" stroke="var(--window-edge)" strokeDasharray="4 3" strokeOpacity={0.6} ifOverflow="hidden" />
              )}
              {model.plan && (
                <ReferenceArea {...model.plan.window} className="chart-window" fill="var(--window)" fillOpacity={1} ifOverflow="hidden" />
              )}
              <PlanLayers plan={model.basePlan} base />
              <PlanLayers plan={model.plan} base={false} />
              <ReferenceLine x={model.today} stroke="var(--today)" strokeDasharray="4 3" label={{ value: "Today", position: "insideTopRight", fill: "var(--today)", fontSize: 12 }} />
              {/* Above the axes, so a point on the 0% line is neither hidden nor blocked by the axis. */}
              <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
                <ChartReportsLayer reports={model.reports} {...layer} onShow={handlers.report} />
                <ChartEventsLayer marks={model.events} offset={strips.events} {...layer} onShow={handlers.event} />
                <ChartEvidenceLayer marks={model.evidence} offset={strips.evidence} {...layer} onShow={handlers.evidence} />
                <ChartMilestonesLayer marks={model.milestones} offset={strips.milestones} {...layer} onShow={handlers.milestone} />
              </ZIndexLayer>
              <Tooltip
                active={active ? false : undefined}
                content={(p) => <PlannedTooltip active={p.active} payload={p.payload} labels={labels} />}
                cursor={{ stroke: "var(--axis)" }}
              />
            </ComposedChart>
          </ResponsiveContainer>
        )}
        {active && (activeEvent || activeReport || activeMilestone) && (
          <ChartTooltip id={tooltipId} anchor={active}>
            {activeEvent && <EventTooltipBody mark={activeEvent} />}
            {activeReport && <ReportTooltipBody point={activeReport} />}
            {activeMilestone && <MilestoneTooltipBody mark={activeMilestone} />}
          </ChartTooltip>
        )}
      </div>
      <ChartLegend
        plan={model.plan?.label ?? null}
        basePlan={model.basePlan?.label ?? null}
        evidenceKinds={evidenceKinds}
        hasFigures={model.reports.length > 0}
        hasVagueReports={model.reports.some((r) => r.vague)}
        hasEvidenceStrip={model.evidence.length > 0}
        hasMilestones={model.milestones.length > 0}
      />
      {model.evidence.length > 0 && (
        <p className="muted small">
          {model.evidence.length} {model.evidence.length === 1 ? "report gives" : "reports give"} no whole-project figure (a part&apos;s
          figure, or none): drawn in the reports strip, not on the % axis, and listed in the data table below.
        </p>
      )}
      <ChartDownload fileName={`${data.project.slug}-progress`} title="Planned against reported progress" projectName={data.project.name} asOf={data.today} />
    </figure>
  );
}
