/*
 * The shape of what the dashboard shows. Types only, so client components can import it.
 * Serialized as JSON between server and browser: days are "YYYY-MM-DD", instants ISO strings.
 */
import type { PlannedPoint } from "./domain/planned-curve";
import type { StatusResult } from "./domain/status";
import type {
  Confidence,
  EventCategory,
  MilestoneKind,
  MilestoneStatus,
  SourceKind,
} from "./schema";

export interface FuzzyDateData {
  earliest: string;
  latest: string;
  text: string;
}

export interface SourceData {
  id: string;
  outlet: string;
  title: string;
  url: string | null;
  published: FuzzyDateData;
  kind: SourceKind;
  version: number;
}

export interface MilestoneData {
  id: string;
  kind: MilestoneKind;
  title: string;
  planned: FuzzyDateData | null;
  actual: FuzzyDateData | null;
  status: MilestoneStatus;
  sourceIds: string[];
  /** actual − planned in days, as a range; null until both are known. */
  slippage: { minDays: number; maxDays: number } | null;
  version: number;
}

export interface ForecastData {
  id: string;
  window: FuzzyDateData;
  claimedOn: string;
  sourceId: string;
  accepted: boolean;
  note: string | null;
  version: number;
}

export interface ProgressReportData {
  id: string;
  observed: FuzzyDateData;
  publishedOn: string | null;
  percent: number | null;
  summary: string;
  sourceId: string;
  evidenceKind: SourceKind;
  confidence: Confidence;
  /** Who recorded it ("seed" for seeded rows); null on shared views, which never name editors. */
  recordedBy: string | null;
  recordedAt: string;
  version: number;
}

export interface EventData {
  id: string;
  date: FuzzyDateData;
  title: string;
  summary: string;
  category: EventCategory;
  parties: string[];
  sourceId: string;
  version: number;
}

export interface ChangeData {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface ProjectData {
  id: string;
  slug: string;
  name: string;
  summary: string;
  location: string;
  parties: string[];
  updatedAt: string;
  version: number;
}

export interface DashboardData {
  project: ProjectData;
  /** The calendar day the figures are computed for. */
  today: string;
  /** The latest accepted completion forecast. */
  planOfRecord: ForecastData | null;
  status: StatusResult;
  /** The planned S-curve band from construction start across the plan-of-record window. */
  planned: { start: string; window: FuzzyDateData; series: PlannedPoint[] } | null;
  latestReport: ProgressReportData | null;
  milestones: MilestoneData[];
  forecasts: ForecastData[];
  reports: ProgressReportData[];
  events: EventData[];
  sources: SourceData[];
  /** Newest first; always empty on shared views. */
  recentChanges: ChangeData[];
}

export interface ProjectSummaryData {
  slug: string;
  name: string;
  location: string;
  status: StatusResult;
  planText: string | null;
  updatedAt: string;
}
