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
import { ChartEventsLayer, EVENT_STRIP_HEIGHT } from "./chart-events-layer";
import { ChartLegend } from "./chart-legend";
import { buildChartModel } from "./chart-model";
import { ChartReportsLayer } from "./chart-reports-layer";
import { ChartTooltip, type ChartTooltipAnchor } from "./chart-tooltip";
import { EventTooltipBody, PlannedTooltip, ReportTooltipBody } from "./chart-tooltip-bodies";
import type { SourceIndex } from "./source-index";

/** Fixed, so nothing below the chart moves when it draws after hydration. */
export const CHART_HEIGHT = 400;

const PERCENT_TICKS = [0, 25, 50, 75, 100];
const formatPercentTick = (v: number) => `${v}%`;
const noSubscription = () => () => undefined;

interface ActiveMark extends ChartTooltipAnchor {
  kind: "event" | "report";
  id: string;
}

/* Recharts lays no axis over empty data: without a plan, two bare points at the edges of the
 * time axis carry it, with no planned value, so the reported points still have their place. */
const axisOnly = ([from, to]: [number, number]) => [{ x: from }, { x: to }];

export function ProgressChart({ data, sources }: { data: DashboardData; sources: SourceIndex }) {
  const model = useMemo(() => buildChartModel(data, sources), [data, sources]);
  // Recharts measures the DOM, so it draws only in the browser; the frame keeps its height meanwhile.
  const mounted = useSyncExternalStore(noSubscription, () => true, () => false);
  const frameRef = useRef<HTMLDivElement>(null);
  const tooltipId = useId();
  const [active, setActive] = useState<ActiveMark | null>(null);

  const show = useCallback(
    (kind: ActiveMark["kind"]) => (id: string, x: number, y: number) =>
      setActive({ kind, id, x, y, frameWidth: frameRef.current?.clientWidth ?? 0 }),
    [],
  );
  const hide = useCallback((id: string) => setActive((a) => (a?.id === id ? null : a)), []);
  const showEvent = useMemo(() => show("event"), [show]);
  const showReport = useMemo(() => show("report"), [show]);

  const activeEvent = active?.kind === "event" ? model.events.find((e) => e.id === active.id) : undefined;
  const activeReport = active?.kind === "report" ? model.reports.find((r) => r.id === active.id) : undefined;
  const evidenceKinds = [...new Set(model.reports.map((r) => r.kind))];

  return (
    <figure
      role="figure"
      aria-label="Planned against reported progress over time, with events on the same time axis"
      data-testid="progress-chart"
      className="progress-chart"
    >
      <div className="chart-frame" ref={frameRef} style={{ height: CHART_HEIGHT }}>
        {mounted && (
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart margin={{ top: EVENT_STRIP_HEIGHT, right: 24, bottom: 4, left: 0 }} data={model.planned.length > 0 ? model.planned : axisOnly(model.domain)}>
              <CartesianGrid stroke="var(--grid)" vertical={false} />
              <XAxis
                type="number"
                dataKey="x"
                domain={model.domain}
                ticks={model.ticks}
                tickFormatter={formatAxisDay}
                allowDataOverflow
                minTickGap={16}
                stroke="var(--axis)"
                fontSize={12}
              />
              <YAxis
                domain={[0, 100]}
                allowDataOverflow
                ticks={PERCENT_TICKS}
                tickFormatter={formatPercentTick}
                width={44}
                stroke="var(--axis)"
                fontSize={12}
              />
              {model.window && (
                <ReferenceArea x1={model.window.x1} x2={model.window.x2} className="chart-window" fill="var(--window)" fillOpacity={1} ifOverflow="hidden" />
              )}
              {model.planned.length > 0 && (
                <>
                  <Area
                    dataKey="band"
                    type="monotone"
                    name="Planned (band = completion window)"
                    data-testid="planned-band"
                    className="planned-band"
                    fill="var(--planned-band)"
                    fillOpacity={1}
                    stroke="none"
                    isAnimationActive={false}
                    activeDot={false}
                  />
                  <Line
                    dataKey="mid"
                    type="monotone"
                    name="Planned (mid-window)"
                    stroke="var(--planned)"
                    strokeWidth={2}
                    dot={false}
                    activeDot={false}
                    isAnimationActive={false}
                  />
                </>
              )}
              <ReferenceLine
                x={model.today}
                stroke="var(--today)"
                strokeDasharray="4 3"
                label={{ value: "Today", position: "top", fill: "var(--today)", fontSize: 12 }}
              />
              {/* Above the axes, so a point on the 0% line is neither hidden nor blocked by the axis. */}
              <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
                <ChartReportsLayer
                  reports={model.reports}
                  activeId={activeReport?.id ?? null}
                  tooltipId={tooltipId}
                  onShow={showReport}
                  onHide={hide}
                />
                <ChartEventsLayer
                  events={model.events}
                  activeId={activeEvent?.id ?? null}
                  tooltipId={tooltipId}
                  onShow={showEvent}
                  onHide={hide}
                />
              </ZIndexLayer>
              <Tooltip active={active ? false : undefined} content={PlannedTooltip} cursor={{ stroke: "var(--axis)" }} />
            </ComposedChart>
          </ResponsiveContainer>
        )}
        {active && (activeEvent || activeReport) && (
          <ChartTooltip id={tooltipId} anchor={active}>
            {activeEvent && <EventTooltipBody mark={activeEvent} />}
            {activeReport && <ReportTooltipBody point={activeReport} />}
          </ChartTooltip>
        )}
      </div>
      <ChartLegend evidenceKinds={evidenceKinds} hasVagueReports={model.reports.some((r) => r.vague)} />
      {model.qualitativeCount > 0 && (
        <p className="muted small">
          {model.qualitativeCount} qualitative {model.qualitativeCount === 1 ? "report has" : "reports have"} no % and
          {model.qualitativeCount === 1 ? " is" : " are"} listed in the data table below.
        </p>
      )}
    </figure>
  );
}
