/* Human wording for the stored enums, shared by every widget so a kind reads the same everywhere. */
import type { ProjectStatus } from "@/db/domain/status";
import type {
  Confidence,
  EventCategory,
  MilestoneKind,
  MilestoneStatus,
  SourceKind,
} from "@/db/schema";

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  state_media: "State media",
  independent_media: "Independent media",
  official_statement: "Official statement",
  satellite_imagery: "Satellite imagery",
  ground_photo: "Ground photo",
  intelligence_briefing: "Intelligence briefing",
  other: "Other",
};

export const MILESTONE_KIND_LABELS: Record<MilestoneKind, string> = {
  announcement: "Announcement",
  construction_start: "Construction start",
  completion: "Completion",
  other: "Other",
};

export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, string> = {
  pending: "Pending",
  in_progress: "In progress",
  complete: "Complete",
  delayed: "Delayed",
  cancelled: "Cancelled",
};

export const EVENT_CATEGORY_LABELS: Record<EventCategory, string> = {
  diplomatic: "Diplomatic",
  military: "Military",
  economic: "Economic",
  statement: "Statement",
  other: "Other",
};

export const EVENT_CATEGORIES: readonly EventCategory[] = ["diplomatic", "military", "economic", "statement", "other"];

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  low: "Low",
  medium: "Medium",
  high: "High",
};

export const STATUS_LABELS: Record<ProjectStatus, string> = {
  complete: "Complete",
  on_track: "On track",
  at_risk: "At risk",
  overdue: "Overdue",
  no_data: "No data",
};
