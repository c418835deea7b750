/*
 * What the dashboard derives from a project's records, as of a day: derived forecast windows,
 * the baseline and the current plan, the latest evidence and the latest figure, each part's
 * progress, facts grouped with their conflicts, the planned bands and the status. Pure and
 * importable by the browser, so a change being saved is shown with the same arithmetic the
 * server will answer with.
 */
import { derivedWindow, describeDerivation, parseDuration } from "../domain/duration";
import { groupFacts } from "../domain/fact-groups";
import { formatFuzzyDate } from "../domain/fuzzy-date";
import { compareFuzzyOrder, tiedWithLast } from "../domain/fuzzy-order";
import { planHistory } from "../domain/plan-history";
import { plannedSeries } from "../domain/planned-curve";
import { projectStatus } from "../domain/status";
import { MILESTONE_KIND } from "../records/vocabulary";
import type { DashboardAnalysis, DashboardLists, ForecastData, MilestoneData, PlannedBand, ProgressReportData, ReportTies } from "../dashboard-data";

/** A milestone in the words a derivation or a mismatch names it by. */
export function milestoneName(m: MilestoneData): string {
  if (m.kind === "structural" && m.label) return m.label;
  if (m.kind === "other") return m.title;
  return MILESTONE_KIND.labels[m.kind];
}

/** A derived forecast's window from its milestone's actual date, with the arithmetic; others as they are. */
export function resolveForecast(f: ForecastData, milestones: readonly MilestoneData[]): ForecastData {
  if (!f.derivedFrom || !f.duration) return { ...f, window: f.completion, arithmetic: null };
  const milestone = milestones.find((m) => m.id === f.derivedFrom);
  const parsed = parseDuration(f.duration);
  if (!milestone || !parsed.ok) return { ...f, window: null, arithmetic: `${f.duration} after a milestone that is no longer recorded` };
  const name = milestoneName(milestone);
  if (!milestone.actual) {
    return { ...f, window: null, arithmetic: `${parsed.value.words} after ${name.toLowerCase()}, which has no actual date yet` };
  }
  const window = derivedWindow(milestone.actual, parsed.value);
  return { ...f, window, arithmetic: describeDerivation({ milestone: name, from: milestone.actual, duration: parsed.value, result: window }) };
}

/** Reports in the one order of vague dates (by observation), then as recorded. */
export function compareReports(a: ProgressReportData, b: ProgressReportData): number {
  return compareFuzzyOrder(a.observed, b.observed) || a.recordedAt.localeCompare(b.recordedAt);
}

/** Construction start: the day it actually began, else the day it was planned to. */
export function constructionStartOf(milestones: readonly MilestoneData[]): string | null {
  const start = milestones.find((m) => m.kind === "construction_start" && (m.actual || m.planned));
  return (start?.actual ?? start?.planned)?.earliest ?? null;
}

/** The planned band from construction start to the end of the plan window, or to today if later. */
function bandOf(start: string | null, plan: ForecastData | null, today: string): PlannedBand | null {
  const window = plan?.window;
  if (!start || !window || !plan) return null;
  const to = [window.latest, today, start].sort().at(-1) ?? window.latest;
  return { forecastId: plan.id, start, window, series: plannedSeries({ start, window, from: start, to }) };
}

/** Parts by name, from reports in order; a part's figure is its own, never the project's. */
function partsOf(reports: readonly ProgressReportData[]): DashboardAnalysis["parts"] {
  const byScope = new Map<string, DashboardAnalysis["parts"][number]>();
  for (const r of reports) {
    if (r.scope === null) continue;
    const key = r.scope.toLowerCase();
    const part = byScope.get(key) ?? { scope: r.scope, count: 0, latest: r, latestFigure: null };
    byScope.set(key, { ...part, count: part.count + 1, latest: r, latestFigure: r.figure !== null ? r : part.latestFigure });
  }
  return [...byScope.values()];
}

/** Tied reports the header names; the others are counted. */
export const SHOWN_TIES = 3;

function tiesWith(reports: readonly ProgressReportData[]): ReportTies {
  const tied = tiedWithLast(reports, (r) => r.observed);
  return { count: tied.length, shown: tied.slice(-SHOWN_TIES).reverse() };
}

/** Conflicts each fact group spells out; the others are counted (a group of n facts can hold n²/2). */
export const LISTED_CONFLICTS = 50;

const sameWindow = (a: { earliest: string; latest: string }, b: { earliest: string; latest: string }) =>
  a.earliest === b.earliest && a.latest === b.latest;

/**
 * The plans and the status alone, as of `today`: what the project list shows of each project,
 * without the planned bands, parts and fact groups the dashboard derives as well.
 */
export function judge(lists: Pick<DashboardLists, "milestones" | "forecasts" | "reports">, today: string) {
  const forecasts = lists.forecasts
    .map((f) => resolveForecast(f, lists.milestones))
    .sort((a, b) => compareFuzzyOrder(a.claimed, b.claimed));
  const reports = [...lists.reports].sort(compareReports);
  const history = planHistory(forecasts);
  const { baseline, current } = history;

  const whole = reports.filter((r) => r.scope === null);
  const latestFigure = whole.findLast((r) => r.figure !== null) ?? null;
  const latestEvidence = reports.at(-1) ?? null;
  const start = constructionStartOf(lists.milestones);
  const completion = lists.milestones.find((m) => m.kind === "completion");
  const status = projectStatus({
    today,
    constructionStart: start,
    baseline: baseline?.window ?? null,
    current: current?.window ?? null,
    completedOn: completion?.actual ?? null,
    latestFigure: latestFigure && { percent: latestFigure.figure!, observed: latestFigure.observed },
    latestEvidence: latestEvidence && { observed: latestEvidence.observed },
  });
  return { forecasts, reports, history, baseline, current, latestFigure, latestEvidence, start, completion, status };
}

export function analyze(lists: DashboardLists, today: string): DashboardLists & DashboardAnalysis {
  const { forecasts, reports, history, baseline, current, latestFigure, latestEvidence, start, completion, status } = judge(lists, today);
  const planned = completion?.planned;
  const mismatch =
    planned && current?.window && !sameWindow(planned, current.window)
      ? `The completion milestone is planned for ${formatFuzzyDate(planned)}, but the current plan says ${formatFuzzyDate(current.window)}.`
      : null;

  return {
    ...lists,
    forecasts,
    reports,
    plans: {
      baseline,
      current,
      baselineTies: history.baselineTies.map((f) => f.id),
      currentTies: history.currentTies.map((f) => f.id),
      moved: history.moved,
      completionMismatch: mismatch,
    },
    status,
    planned: {
      baseline: bandOf(start, baseline, today),
      current: current && current !== baseline ? bandOf(start, current, today) : null,
    },
    latestFigure,
    latestEvidence,
    latestTies: {
      // The latest figure is the last of the whole project's figures, as the latest evidence is of all reports.
      figure: tiesWith(reports.filter((r) => r.scope === null && r.figure !== null)),
      evidence: tiesWith(reports),
    },
    parts: partsOf(reports),
    factGroups: groupFacts(lists.facts, { listed: LISTED_CONFLICTS }),
  };
}
