/*
 * The closed vocabularies of the record types: each value once, with its wording. Kept apart
 * from the definitions (which carry zod) so that read-only views can show a label without
 * loading any validation code; the definitions, the database enums and every widget read them here.
 */
/** A label table as the list of values a zod enum and a pg enum take. */
export function enumOf<K extends string>(labels: Readonly<Record<K, string>>) {
  return { values: Object.keys(labels) as [K, ...K[]], labels };
}

export const SOURCE_KIND = enumOf({
  state_media: "State media", independent_media: "Independent media",
  official_statement: "Official statement", satellite_imagery: "Satellite imagery",
  ground_photo: "Ground photo", intelligence_briefing: "Intelligence briefing",
  analysis: "Analysis (research, think tank)", other: "Other",
});
export type SourceKind = (typeof SOURCE_KIND.values)[number];

export const CONFIDENCE = enumOf({ low: "Low", medium: "Medium", high: "High" });
export type Confidence = (typeof CONFIDENCE.values)[number];

export const EVENT_CATEGORY = enumOf({
  diplomatic: "Diplomatic", military: "Military", economic: "Economic", statement: "Statement",
  other: "Other",
});
export type EventCategory = (typeof EVENT_CATEGORY.values)[number];

export const MILESTONE_KIND = enumOf({
  announcement: "Announcement", construction_start: "Construction start",
  structural: "Structural stage", completion: "Completion", other: "Other",
});
export type MilestoneKind = (typeof MILESTONE_KIND.values)[number];

export const MILESTONE_STATUS = enumOf({
  pending: "Pending", in_progress: "In progress", complete: "Complete", delayed: "Delayed",
  cancelled: "Cancelled",
});
export type MilestoneStatus = (typeof MILESTONE_STATUS.values)[number];
