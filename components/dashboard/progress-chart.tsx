"use client";

import dynamic from "next/dynamic";
import { useMemo, useState } from "react";
import type { DashboardData } from "@/db/dashboard-data";
import { ChartDownload } from "./chart-download";
import { ChartLegend } from "./chart-legend";
import { ChartLoading } from "./chart-loading";
import { ChartFrame } from "./chart-on-approach";
import { CHART_HEIGHT } from "./chart-size";
import { buildChartModel } from "./chart-model";
import { presetsFor, windowOf, type WindowPreset } from "./chart-window";
import { ChartWindowControls, useNarrowScreen } from "./chart-window-controls";
import type { SourceIndex } from "./source-index";

/*
 * Recharts measures the DOM, so the plot draws in the browser only; its code (recharts among
 * it) loads when the chart comes near the screen (chart-on-approach.tsx), while the frame keeps
 * the chart's size. The data table
 * beside the chart (chart-data-table.tsx) carries the same figures from the server HTML on.
 */
const ProgressChartPlot = dynamic(() => import("./progress-chart-plot").then((m) => m.ProgressChartPlot), {
  ssr: false,
  loading: ChartLoading,
});

export function ProgressChart({ data, sources }: { data: DashboardData; sources: SourceIndex }) {
  const model = useMemo(() => buildChartModel(data, sources), [data, sources]);
  const narrow = useNarrowScreen();
  const [preset, setPreset] = useState<WindowPreset>("project");
  const domain = useMemo(() => windowOf(preset, model.window), [preset, model.window]);
  const evidenceKinds = [...new Set([...model.reports, ...model.evidence].map((r) => r.kind))];

  return (
    <figure
      role="figure"
      aria-label="Planned against reported progress over time, with events, other reports and milestones reached on the same time axis"
      data-testid="progress-chart"
      className="progress-chart"
    >
      <ChartWindowControls presets={presetsFor(model.window)} selected={preset} domain={domain} onSelect={setPreset} />
      <ChartFrame height={CHART_HEIGHT}>
        <ProgressChartPlot model={model} domain={domain} narrow={narrow} />
      </ChartFrame>
      <ChartLegend
        narrow={narrow}
        plan={model.plan?.label ?? null}
        basePlan={model.basePlan?.label ?? null}
        superseded={model.superseded.length}
        evidenceKinds={evidenceKinds}
        hasFigures={model.reports.length > 0}
        hasVagueReports={model.reports.some((r) => r.vague)}
        hasEvidenceStrip={model.evidence.length > 0}
        hasMilestones={model.milestones.length > 0}
        aggregation={model.aggregation}
      />
      {model.evidenceCount > 0 && (
        <p className="muted small">
          {model.evidenceCount} {model.evidenceCount === 1 ? "report gives" : "reports give"} no whole-project figure (a part&apos;s
          figure, or none): drawn in the reports strip, not on the % axis, and listed in the data table below.
        </p>
      )}
      <ChartDownload fileName={`${data.project.slug}-progress`} title="Planned against reported progress" projectName={data.project.name} asOf={data.today} />
    </figure>
  );
}
