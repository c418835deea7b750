/*
 * What a share link may show, as an allowlist: every object is rebuilt field by field, never
 * spread, so a field added to DashboardData later stays private until someone adds it here.
 * Shared views never name editors: recordedBy is null and recentChanges is empty.
 */
import type {
  DashboardData,
  EventData,
  ForecastData,
  FuzzyDateData,
  MilestoneData,
  ProgressReportData,
  ProjectData,
  SourceData,
} from "../dashboard-data";
import type { StatusResult } from "../domain/status";

const FUZZY = ["earliest", "latest", "text"] as const;
const FORECAST = ["id", "window", "claimedOn", "sourceId", "accepted", "note", "version"] as const;
const REPORT = [
  "id", "observed", "publishedOn", "percent", "summary", "sourceId", "evidenceKind", "confidence",
  "recordedBy", "recordedAt", "version",
] as const;

/**
 * The object keys a shared payload may hold, by position in the JSON ("" is the top level,
 * "[]" any array element). A test walks the serialized payload against this.
 */
export const PUBLIC_DASHBOARD_ALLOWLIST: Readonly<Record<string, readonly string[]>> = {
  "": [
    "project", "today", "planOfRecord", "status", "planned", "latestReport", "milestones", "forecasts",
    "reports", "events", "sources", "recentChanges",
  ],
  project: ["id", "slug", "name", "summary", "location", "parties", "updatedAt", "version"],
  planOfRecord: FORECAST,
  "planOfRecord.window": FUZZY,
  status: ["status", "label", "reason", "plannedToday", "latestPercent", "gap", "reportAgeDays"],
  "status.plannedToday": ["low", "mid", "high"],
  "status.gap": ["low", "high"],
  planned: ["start", "window", "series"],
  "planned.window": FUZZY,
  "planned.series[]": ["date", "low", "mid", "high"],
  latestReport: REPORT,
  "latestReport.observed": FUZZY,
  "milestones[]": ["id", "kind", "title", "planned", "actual", "status", "sourceIds", "slippage", "version"],
  "milestones[].planned": FUZZY,
  "milestones[].actual": FUZZY,
  "milestones[].slippage": ["minDays", "maxDays"],
  "forecasts[]": FORECAST,
  "forecasts[].window": FUZZY,
  "reports[]": REPORT,
  "reports[].observed": FUZZY,
  "events[]": ["id", "date", "title", "summary", "category", "parties", "sourceId", "version"],
  "events[].date": FUZZY,
  "sources[]": ["id", "outlet", "title", "url", "published", "kind", "version"],
  "sources[].published": FUZZY,
};

const fuzzy = (d: FuzzyDateData): FuzzyDateData => ({ earliest: d.earliest, latest: d.latest, text: d.text });
const optionalFuzzy = (d: FuzzyDateData | null) => (d ? fuzzy(d) : null);

const project = (p: ProjectData): ProjectData => ({
  id: p.id,
  slug: p.slug,
  name: p.name,
  summary: p.summary,
  location: p.location,
  parties: [...p.parties],
  updatedAt: p.updatedAt,
  version: p.version,
});

const forecast = (f: ForecastData): ForecastData => ({
  id: f.id,
  window: fuzzy(f.window),
  claimedOn: f.claimedOn,
  sourceId: f.sourceId,
  accepted: f.accepted,
  note: f.note,
  version: f.version,
});

const status = (s: StatusResult): StatusResult => ({
  status: s.status,
  label: s.label,
  reason: s.reason,
  plannedToday: s.plannedToday && { low: s.plannedToday.low, mid: s.plannedToday.mid, high: s.plannedToday.high },
  latestPercent: s.latestPercent,
  gap: s.gap && { low: s.gap.low, high: s.gap.high },
  reportAgeDays: s.reportAgeDays,
});

const report = (r: ProgressReportData): ProgressReportData => ({
  id: r.id,
  observed: fuzzy(r.observed),
  publishedOn: r.publishedOn,
  percent: r.percent,
  summary: r.summary,
  sourceId: r.sourceId,
  evidenceKind: r.evidenceKind,
  confidence: r.confidence,
  recordedBy: null,
  recordedAt: r.recordedAt,
  version: r.version,
});

const milestone = (m: MilestoneData): MilestoneData => ({
  id: m.id,
  kind: m.kind,
  title: m.title,
  planned: optionalFuzzy(m.planned),
  actual: optionalFuzzy(m.actual),
  status: m.status,
  sourceIds: [...m.sourceIds],
  slippage: m.slippage && { minDays: m.slippage.minDays, maxDays: m.slippage.maxDays },
  version: m.version,
});

const event = (e: EventData): EventData => ({
  id: e.id,
  date: fuzzy(e.date),
  title: e.title,
  summary: e.summary,
  category: e.category,
  parties: [...e.parties],
  sourceId: e.sourceId,
  version: e.version,
});

const source = (s: SourceData): SourceData => ({
  id: s.id,
  outlet: s.outlet,
  title: s.title,
  url: s.url,
  published: fuzzy(s.published),
  kind: s.kind,
  version: s.version,
});

export function toPublicDashboard(data: DashboardData): DashboardData {
  return {
    project: project(data.project),
    today: data.today,
    planOfRecord: data.planOfRecord && forecast(data.planOfRecord),
    status: status(data.status),
    planned: data.planned && {
      start: data.planned.start,
      window: fuzzy(data.planned.window),
      series: data.planned.series.map((p) => ({ date: p.date, low: p.low, mid: p.mid, high: p.high })),
    },
    latestReport: data.latestReport && report(data.latestReport),
    milestones: data.milestones.map(milestone),
    forecasts: data.forecasts.map(forecast),
    reports: data.reports.map(report),
    events: data.events.map(event),
    sources: data.sources.map(source),
    recentChanges: [],
  };
}
