/*
 * The shape of what the dashboard shows. Types only, so client components can import it.
 * Serialized as JSON between server and browser: days are "YYYY-MM-DD", instants ISO strings.
 */
import type { PlannedPoint } from "./domain/planned-curve";
import type { StatusResult } from "./domain/status";
import type { EventData } from "./records/event";
import type { ForecastData } from "./records/forecast";
import type { MilestoneData } from "./records/milestone";
import type { ProgressReportData } from "./records/progress-report";
import type { SourceData } from "./records/source";

export type { EventData, ForecastData, MilestoneData, ProgressReportData, SourceData };

export interface FuzzyDateData {
  earliest: string;
  latest: string;
  text: string;
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
