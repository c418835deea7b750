/*
 * What a share link may show: one shape for the whole dashboard, built from each record
 * type's own public shape (db/records). The type demands a decision for every field, so a field
 * added to the dashboard later fails the type check until it is declared here or there.
 * Shared views never name editors: recordedBy is withheld and recentChanges is empty.
 */
import type { DashboardData } from "../dashboard-data";
import { RECORD_TYPES } from "../records";
import { allowlistOf, copyByShape, FUZZY_SHAPE, WITHHELD, type PublicShape } from "../records/shape";

const { progressReport, milestone, forecast, event, source } = RECORD_TYPES;

const DASHBOARD_SHAPE: PublicShape<DashboardData> = {
  project: { id: true, slug: true, name: true, summary: true, location: true, parties: true, updatedAt: true, version: true },
  today: true,
  planOfRecord: forecast.publicShape,
  status: {
    status: true,
    label: true,
    reason: true,
    plannedToday: { low: true, mid: true, high: true },
    latestPercent: true,
    gap: { low: true, high: true },
    reportAgeDays: true,
  },
  planned: { start: true, window: FUZZY_SHAPE, series: [{ date: true, low: true, mid: true, high: true }] },
  latestReport: progressReport.publicShape,
  milestones: [milestone.publicShape],
  forecasts: [forecast.publicShape],
  reports: [progressReport.publicShape],
  events: [event.publicShape],
  sources: [source.publicShape],
  recentChanges: WITHHELD,
};

/**
 * The object keys a shared payload may hold, by position in the JSON ("" is the top level,
 * "[]" any array element). A test walks the serialized payload against this.
 */
export const PUBLIC_DASHBOARD_ALLOWLIST: Readonly<Record<string, readonly string[]>> = allowlistOf(DASHBOARD_SHAPE);

export function toPublicDashboard(data: DashboardData): DashboardData {
  return copyByShape(data, DASHBOARD_SHAPE);
}
