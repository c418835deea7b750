import type { Confidence, EventCategory, MilestoneKind, MilestoneStatus, SourceKind } from "./records/vocabulary";
/*
 * The seeded project: exactly the facts of the seed document (shared/seed/000_8599a7e53875829e.txt)
 * as tabled in DESIGN.md "The seeded project". Dates are written as fuzzy-date text and parsed
 * when seeding. The document repeats three paragraphs; each fact appears here once.
 * Nothing here is invented: the only progress figure is the 0 % that "commencement of
 * construction" implies.
 */

export const SEED_ACTOR = "seed";

export type SeedSourceKey = "report" | "kcna" | "kommersant" | "lawmakers";

export interface SeedSource {
  outlet: string;
  title: string;
  url: null;
  published: string;
  kind: SourceKind;
}

export const SEED_PROJECT = {
  slug: "tumen-road-bridge",
  name: "North Korea–Russia Tumen River road bridge",
  summary:
    "North Korea's first road bridge to Russia, across the Tumen river. Plans were set during " +
    "President Vladimir Putin's visit to Pyongyang, with an agreement to enhance the two countries' " +
    '"comprehensive strategic partnership"; North Korea called the start of construction a ' +
    '"significant" milestone in bilateral relations.',
  location: "Tumen river, north-eastern North Korea, close to the Soviet-era Friendship Bridge",
  parties: ["North Korea", "Russia"],
} as const;

/* The document gives no links, so every url is null. */
export const SEED_SOURCES: Record<SeedSourceKey, SeedSource> = {
  report: {
    outlet: "News report (seed document)",
    title: "North Korea and Russia Forge Ties with New Road Bridge Construction",
    url: null,
    // Undated: it reports the 30 April 2025 start as news and the 28 April Kursk claim as "earlier
    // in the week", so it appeared on or after 30 April; the end of May bounds it without overstating.
    published: "2025-04-30/2025-05",
    kind: "other",
  },
  kcna: {
    outlet: "KCNA",
    title: "Start of construction of the first road bridge to Russia (as cited by the news report)",
    url: null,
    published: "2025-04-30",
    kind: "state_media",
  },
  kommersant: {
    outlet: "Kommersant",
    title: "Road bridge expected to be completed by mid-2026 (as cited by the news report)",
    url: null,
    published: "2025-04-30",
    kind: "independent_media",
  },
  lawmakers: {
    outlet: "South Korean lawmakers, citing intelligence",
    title: "North Korean casualties and Russian technology offers (as cited by the news report)",
    url: null,
    published: "2025-04-30",
    kind: "intelligence_briefing",
  },
};

export interface SeedMilestone {
  kind: MilestoneKind;
  title: string;
  planned: string | null;
  actual: string | null;
  status: MilestoneStatus;
  source: SeedSourceKey;
}

export const SEED_MILESTONES: SeedMilestone[] = [
  {
    kind: "announcement",
    title: "Plans set and agreement signed during Putin's visit to Pyongyang",
    planned: "2024-06-19",
    actual: "2024-06-19",
    status: "complete",
    source: "report",
  },
  {
    kind: "construction_start",
    title: 'Construction begins, announced as a "significant" milestone',
    // The document never says when construction was planned to start.
    planned: null,
    actual: "2025-04-30",
    status: "complete",
    source: "kcna",
  },
  {
    kind: "completion",
    title: "Bridge completed",
    planned: "mid-2026",
    actual: null,
    status: "pending",
    source: "kommersant",
  },
];

export const SEED_FORECASTS = [
  { completion: "mid-2026", claimed: "2025-04-30", source: "kommersant" as SeedSourceKey, accepted: true },
];

export interface SeedReport {
  observed: string;
  published: string;
  percent: number;
  summary: string;
  source: SeedSourceKey;
  evidenceKind: SourceKind;
  confidence: Confidence;
}

export const SEED_REPORTS: SeedReport[] = [
  {
    observed: "2025-04-30",
    published: "2025-04-30",
    percent: 0,
    summary: "Construction begun: North Korea announced the commencement of construction of the bridge.",
    source: "kcna",
    evidenceKind: "state_media",
    // Medium, not high: a single state-media claim with no imagery behind it. Not low: it claims
    // nothing beyond a start, and Russia's prime minister spoke of the construction as well.
    confidence: "medium",
  },
];

export interface SeedEvent {
  date: string;
  title: string;
  summary: string;
  category: EventCategory;
  parties: string[];
  source: SeedSourceKey;
}

export const SEED_EVENTS: SeedEvent[] = [
  {
    date: "2022",
    title: "Russia's invasion of Ukraine begins",
    summary: "Cooperation between North Korea and Russia has intensified significantly since the invasion began.",
    category: "military",
    parties: ["Russia", "Ukraine"],
    source: "report",
  },
  {
    date: "2024-06-19",
    title: "Putin visits Pyongyang; comprehensive strategic partnership signed",
    summary:
      "Plans for the bridge were set during the visit, which culminated in a signed agreement to " +
      'enhance the two countries\' "comprehensive strategic partnership".',
    category: "diplomatic",
    parties: ["Russia", "North Korea"],
    source: "report",
  },
  {
    date: "2025-04-28",
    title: "North Korea confirms it sent troops to aid Russia",
    summary: "North Korea confirmed that it has sent troops to aid Russia in its war in Ukraine.",
    category: "military",
    parties: ["North Korea", "Russia"],
    source: "report",
  },
  {
    date: "2025-04-28",
    title: 'North Korea claims a key role in the "complete liberation" of Kursk',
    summary:
      "North Korean authorities claimed their forces played a key role in the \"complete liberation\" " +
      "of Russia's Kursk border region, despite ongoing skirmishes with Ukrainian armed forces.",
    category: "military",
    parties: ["North Korea", "Russia", "Ukraine"],
    source: "report",
  },
  {
    date: "2025-04-30",
    title: "Mishustin: the bridge transcends engineering",
    summary:
      "Russian Prime Minister Mikhail Mishustin said the construction transcends mere engineering and " +
      "represents a mutual desire to strengthen amicable, cooperative relations between Russia and North Korea.",
    category: "statement",
    parties: ["Russia", "North Korea"],
    source: "report",
  },
  {
    date: "2025-04-30",
    title: "Over 600 North Korean soldiers reported killed",
    summary:
      "South Korean lawmakers, citing intelligence, reported that over 600 North Korean soldiers have " +
      "died supporting Russia's military efforts in Ukraine.",
    category: "military",
    parties: ["North Korea", "Russia", "South Korea"],
    source: "lawmakers",
  },
  {
    date: "2025-04-30",
    title: "Russia reportedly offers satellite, drone and anti-aircraft missile technology",
    summary:
      "In light of North Korea's military support, Russia has apparently offered it advanced technology " +
      "related to surveillance satellites, drones and anti-aircraft missiles.",
    category: "military",
    parties: ["Russia", "North Korea"],
    source: "lawmakers",
  },
];
