/*
 * What a share link may show: one shape for the whole dashboard, built from each record
 * type's own public shape (db/records). The type demands a decision for every field, so a field
 * added to the dashboard later fails the type check until it is declared here or there.
 * Shared views never name editors: recordedBy is withheld and recentChanges is empty.
 */
import type { DashboardData } from "../dashboard-data";
import { RECORD_TYPES } from "../records";
import { allowlistOf, copyByShape, FUZZY_SHAPE, WITHHELD, type PublicShape } from "../records/shape";

const { progressReport, milestone, forecast, event, source, fact } = RECORD_TYPES;

const BAND = { low: true, mid: true, high: true } as const;
const GAP = { low: true, high: true } as const;
const VERDICT = { status: true, label: true, reason: true, plannedToday: BAND, gap: GAP } as const;
const PLANNED_BAND = {
  forecastId: true,
  start: true,
  window: FUZZY_SHAPE,
  series: [{ date: true, low: true, mid: true, high: true }],
} as const;

const DASHBOARD_SHAPE: PublicShape<DashboardData> = {
  project: { id: true, slug: true, name: true, summary: true, location: true, parties: true, updatedAt: true, version: true },
  today: true,
  plans: {
    baseline: forecast.publicShape,
    current: forecast.publicShape,
    baselineTies: true,
    currentTies: true,
    moved: { minDays: true, maxDays: true },
    completionMismatch: true,
  },
  status: {
    status: true,
    label: true,
    reason: true,
    againstBaseline: VERDICT,
    againstCurrent: VERDICT,
    planMoved: true,
    plannedToday: BAND,
    latestPercent: true,
    gap: GAP,
    evidenceAgeDays: true,
    figureAgeDays: true,
  },
  planned: { baseline: PLANNED_BAND, current: PLANNED_BAND },
  latestFigure: progressReport.publicShape,
  latestEvidence: progressReport.publicShape,
  latestTies: {
    figure: { count: true, shown: [progressReport.publicShape] },
    evidence: { count: true, shown: [progressReport.publicShape] },
  },
  parts: [{ scope: true, count: true, latest: progressReport.publicShape, latestFigure: progressReport.publicShape }],
  factGroups: [
    {
      key: true,
      attribute: true,
      facts: [fact.publicShape],
      conflicts: [{ a: true, b: true, reason: true, kind: true }],
      conflictCount: true,
      conflicting: true,
    },
  ],
  milestones: [milestone.publicShape],
  forecasts: [forecast.publicShape],
  reports: [progressReport.publicShape],
  events: [event.publicShape],
  sources: [source.publicShape],
  facts: [fact.publicShape],
  recentChanges: WITHHELD,
  view: { asOf: true, mode: true },
  paged: {
    totals: { reports: true, events: true },
    pageSize: true,
    pagesUrl: true,
    chart: {
      columns: true,
      extent: true,
      figures: { total: true, marks: [{ column: true, x1: true, x2: true, x: true, count: true, single: { sourceId: true }, low: true, median: true, high: true, kind: true, confidence: true }] },
      evidence: { total: true, marks: [{ column: true, x1: true, x2: true, x: true, count: true, single: { sourceId: true }, kind: true, confidence: true, scopes: true }] },
      events: { total: true, marks: [{ column: true, x1: true, x2: true, x: true, count: true, single: { sourceId: true }, category: true, categories: true, title: true }] },
    },
  },
};

/**
 * The object keys a shared payload may hold, by position in the JSON ("" is the top level,
 * "[]" any array element). A test walks the serialized payload against this.
 */
export const PUBLIC_DASHBOARD_ALLOWLIST: Readonly<Record<string, readonly string[]>> = allowlistOf(DASHBOARD_SHAPE);

export function toPublicDashboard(data: DashboardData): DashboardData {
  return copyByShape(data, DASHBOARD_SHAPE);
}
