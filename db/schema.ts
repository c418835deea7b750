import { relations, sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  doublePrecision,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { CONFIDENCE, EVENT_CATEGORY, MILESTONE_KIND, MILESTONE_STATUS, SOURCE_KIND } from "./records/vocabulary";

/*
 * Calendar days are stored as SQL `date` in string mode ("YYYY-MM-DD"), never as instants,
 * so no time zone can move them. A fuzzy date is three columns: earliest, latest, and the
 * wording it came from (see db/domain/fuzzy-date.ts).
 */
const day = (name: string) => date(name, { mode: "string" });
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const requiredDay = (name: string) => day(name).notNull();
const requiredText = (name: string) => text(name).notNull();

type Day = ReturnType<typeof day>;
type RequiredDay = ReturnType<typeof requiredDay>;
type Text = ReturnType<typeof text>;
type RequiredText = ReturnType<typeof requiredText>;
type FuzzyColumns<K extends string, D, T> = Record<`${K}Earliest` | `${K}Latest`, D> & Record<`${K}Text`, T>;

/** A fuzzy date's three columns, `<key>Earliest`, `<key>Latest`, `<key>Text`, named `<column>_earliest`... in SQL. */
function fuzzyDay<K extends string>(key: K, column: string): FuzzyColumns<K, Day, Text> {
  return {
    [`${key}Earliest`]: day(`${column}_earliest`),
    [`${key}Latest`]: day(`${column}_latest`),
    [`${key}Text`]: text(`${column}_text`),
  } as FuzzyColumns<K, Day, Text>;
}

/** The same, for a date every row has. */
function requiredFuzzyDay<K extends string>(key: K, column: string): FuzzyColumns<K, RequiredDay, RequiredText> {
  return {
    [`${key}Earliest`]: requiredDay(`${column}_earliest`),
    [`${key}Latest`]: requiredDay(`${column}_latest`),
    [`${key}Text`]: requiredText(`${column}_text`),
  } as FuzzyColumns<K, RequiredDay, RequiredText>;
}

/* Columns many tables share. Each call makes new builders: drizzle's builders belong to one table. */
const recordId = () => uuid("id").primaryKey().defaultRandom();
const projectRef = () =>
  uuid("project_id")
    .notNull()
    .references((): AnyPgColumn => projects.id, { onDelete: "cascade" });
/** A record's source: a source in use cannot be deleted. */
const sourceRef = () =>
  uuid("source_id")
    .notNull()
    .references((): AnyPgColumn => sources.id, { onDelete: "restrict" });
const userRef = (name: string) => text(name).references((): AnyPgColumn => user.id, { onDelete: "set null" });
const ownedByUser = () =>
  text("user_id")
    .notNull()
    .references((): AnyPgColumn => user.id, { onDelete: "cascade" });
const timestamps = () => ({
  createdAt: instant("created_at").notNull().defaultNow(),
  updatedAt: instant("updated_at").notNull().defaultNow(),
});
/** An edited record's stamps: `version` is what optimistic concurrency compares (db/mutations/versioned.ts). */
const versioned = () => ({ ...timestamps(), version: integer("version").notNull().default(1) });

/* The enums of the record types come from their definitions (db/records), which list each value once. */
export const sourceKindEnum = pgEnum("source_kind", SOURCE_KIND.values);
export const milestoneKindEnum = pgEnum("milestone_kind", MILESTONE_KIND.values);
export const milestoneStatusEnum = pgEnum("milestone_status", MILESTONE_STATUS.values);
export const confidenceEnum = pgEnum("confidence", CONFIDENCE.values);
export const eventCategoryEnum = pgEnum("event_category", EVENT_CATEGORY.values);
export const userRoleEnum = pgEnum("user_role", ["admin", "editor", "viewer"]);

export const projects = pgTable("projects", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  summary: text("summary").notNull(),
  location: text("location").notNull(),
  parties: text("parties").array().notNull().default(sql`'{}'::text[]`),
  ...versioned(),
});

export const sources = pgTable(
  "sources",
  {
    id: recordId(),
    projectId: projectRef(),
    outlet: text("outlet").notNull(),
    title: text("title").notNull(),
    url: text("url"),
    ...requiredFuzzyDay("published", "published"),
    kind: sourceKindEnum("kind").notNull(),
    /** The outlet that carried this one (a wire story run by a newspaper): a source of its own. */
    viaSourceId: uuid("via_source_id").references((): AnyPgColumn => sources.id, { onDelete: "restrict" }),
    ...versioned(),
  },
  (t) => [
    index("sources_project_idx").on(t.projectId),
    index("sources_via_idx").on(t.viaSourceId),
    check("sources_via_not_self", sql`${t.viaSourceId} is null or ${t.viaSourceId} <> ${t.id}`),
    check("sources_url_http", sql`${t.url} is null or ${t.url} ~* '^https?://'`),
    check("sources_published_order", sql`${t.publishedEarliest} <= ${t.publishedLatest}`),
  ],
);

export const milestones = pgTable(
  "milestones",
  {
    id: recordId(),
    projectId: projectRef(),
    kind: milestoneKindEnum("kind").notNull(),
    /** Names a structural stage ("spans joined"); empty for other kinds. */
    label: text("label"),
    title: text("title").notNull(),
    ...fuzzyDay("planned", "planned"),
    ...fuzzyDay("actual", "actual"),
    status: milestoneStatusEnum("status").notNull().default("pending"),
    ...versioned(),
  },
  (t) => [
    index("milestones_project_idx").on(t.projectId),
    check("milestones_planned_order", sql`${t.plannedEarliest} <= ${t.plannedLatest}`),
    check("milestones_actual_order", sql`${t.actualEarliest} <= ${t.actualLatest}`),
  ],
);

export const milestoneSources = pgTable(
  "milestone_sources",
  {
    milestoneId: uuid("milestone_id")
      .notNull()
      .references(() => milestones.id, { onDelete: "cascade" }),
    sourceId: sourceRef(),
  },
  (t) => [primaryKey({ columns: [t.milestoneId, t.sourceId] }), index("milestone_sources_source_idx").on(t.sourceId)],
);

export const completionForecasts = pgTable(
  "completion_forecasts",
  {
    id: recordId(),
    projectId: projectRef(),
    /* A claimed window, or a duration after a milestone's actual date (derived): exactly one. */
    ...fuzzyDay("window", "window"),
    derivedFromMilestoneId: uuid("derived_from_milestone_id").references(() => milestones.id, { onDelete: "restrict" }),
    /** ISO 8601, "P18M". */
    derivedDuration: text("derived_duration"),
    ...requiredFuzzyDay("claimed", "claimed"),
    sourceId: sourceRef(),
    accepted: boolean("accepted").notNull().default(true),
    note: text("note"),
    ...versioned(),
  },
  (t) => [
    index("completion_forecasts_project_idx").on(t.projectId, t.claimedLatest),
    index("completion_forecasts_derived_idx").on(t.derivedFromMilestoneId),
    check("completion_forecasts_window_order", sql`${t.windowEarliest} <= ${t.windowLatest}`),
    check("completion_forecasts_claimed_order", sql`${t.claimedEarliest} <= ${t.claimedLatest}`),
    check(
      "completion_forecasts_window_or_derived",
      sql`(${t.windowEarliest} is not null and ${t.windowLatest} is not null and ${t.windowText} is not null and ${t.derivedFromMilestoneId} is null and ${t.derivedDuration} is null)
        or (${t.windowEarliest} is null and ${t.windowLatest} is null and ${t.windowText} is null and ${t.derivedFromMilestoneId} is not null and ${t.derivedDuration} is not null)`,
    ),
  ],
);

export const progressReports = pgTable(
  "progress_reports",
  {
    id: recordId(),
    projectId: projectRef(),
    ...requiredFuzzyDay("observed", "observed"),
    ...fuzzyDay("published", "published"),
    /** As reported; null for a measured or qualitative report. */
    percentComplete: real("percent_complete"),
    /* A measurement: done of total, in a unit ("90 of 300 m"); the percentage is derived from it. */
    measuredDone: doublePrecision("measured_done"),
    measuredTotal: doublePrecision("measured_total"),
    measuredUnit: text("measured_unit"),
    /** The part measured ("main span"); null for the whole project. */
    scope: text("scope"),
    summary: text("summary").notNull(),
    sourceId: sourceRef(),
    evidenceKind: sourceKindEnum("evidence_kind").notNull(),
    confidence: confidenceEnum("confidence").notNull(),
    recordedBy: userRef("recorded_by"),
    recordedByLabel: text("recorded_by_label").notNull(),
    recordedAt: instant("recorded_at").notNull().defaultNow(),
    updatedAt: instant("updated_at").notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("progress_reports_project_idx").on(t.projectId, t.observedEarliest),
    // A project's latest report in the dashboard's order (db/queries/projects.ts), without reading the others.
    index("progress_reports_latest_idx").on(t.projectId, t.observedLatest, t.observedEarliest, t.recordedAt),
    index("progress_reports_latest_figure_idx")
      .on(t.projectId, t.observedLatest, t.observedEarliest, t.recordedAt)
      .where(sql`${t.scope} is null and (${t.percentComplete} is not null or ${t.measuredDone} is not null)`),
    check(
      "progress_reports_percent_range",
      sql`${t.percentComplete} is null or (${t.percentComplete} >= 0 and ${t.percentComplete} <= 100)`,
    ),
    check("progress_reports_observed_order", sql`${t.observedEarliest} <= ${t.observedLatest}`),
    check("progress_reports_published_order", sql`${t.publishedEarliest} <= ${t.publishedLatest}`),
    check(
      "progress_reports_measured",
      sql`(${t.measuredDone} is null and ${t.measuredTotal} is null and ${t.measuredUnit} is null)
        or (${t.measuredDone} >= 0 and ${t.measuredTotal} > 0 and ${t.measuredDone} <= ${t.measuredTotal} and ${t.measuredUnit} is not null and ${t.percentComplete} is null)`,
    ),
  ],
);

export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ...requiredFuzzyDay("date", "date"),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    category: eventCategoryEnum("category").notNull(),
    parties: text("parties").array().notNull().default(sql`'{}'::text[]`),
    sourceId: sourceRef(),
    ...versioned(),
  },
  (t) => [
    index("events_date_idx").on(t.dateEarliest),
    check("events_date_order", sql`${t.dateEarliest} <= ${t.dateLatest}`),
  ],
);

export const eventProjects = pgTable(
  "event_projects",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    projectId: projectRef(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.projectId] }), index("event_projects_project_idx").on(t.projectId)],
);

/** A sourced claim about the project (its length, width, cost...). Disagreeing facts all stay. */
export const projectFacts = pgTable(
  "project_facts",
  {
    id: recordId(),
    projectId: projectRef(),
    attribute: text("attribute").notNull(),
    /** A single value has low = high; a range ("1.1 to 1.3 km") keeps both. */
    valueLow: doublePrecision("value_low").notNull(),
    valueHigh: doublePrecision("value_high").notNull(),
    unit: text("unit"),
    qualifier: text("qualifier"),
    ...fuzzyDay("asOf", "as_of"),
    sourceId: sourceRef(),
    ...versioned(),
  },
  (t) => [
    index("project_facts_project_idx").on(t.projectId),
    index("project_facts_source_idx").on(t.sourceId),
    check("project_facts_value_order", sql`${t.valueLow} <= ${t.valueHigh}`),
    check("project_facts_as_of_order", sql`${t.asOfEarliest} <= ${t.asOfLatest}`),
  ],
);

/** Append-only: a trigger in the migrations refuses UPDATE and DELETE on this table. */
export const auditEntries = pgTable(
  "audit_entries",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: instant("at").notNull().defaultNow(),
    actorId: text("actor_id"),
    actorLabel: text("actor_label").notNull(),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    projectId: uuid("project_id"),
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [
    index("audit_entries_project_idx").on(t.projectId, t.at),
    index("audit_entries_entity_idx").on(t.entity, t.entityId),
  ],
);

/* Accounts: the tables better-auth's drizzle adapter expects, plus role and disabled. */
export const user = pgTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  role: userRoleEnum("role").notNull().default("viewer"),
  disabled: boolean("disabled").notNull().default(false),
  ...timestamps(),
});

export const session = pgTable(
  "session",
  {
    id: text("id").primaryKey(),
    expiresAt: instant("expires_at").notNull(),
    token: text("token").notNull().unique(),
    ...timestamps(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: ownedByUser(),
  },
  (t) => [index("session_user_idx").on(t.userId)],
);

export const account = pgTable(
  "account",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: ownedByUser(),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: instant("access_token_expires_at"),
    refreshTokenExpiresAt: instant("refresh_token_expires_at"),
    scope: text("scope"),
    password: text("password"),
    ...timestamps(),
  },
  (t) => [index("account_user_idx").on(t.userId)],
);

export const verification = pgTable("verification", {
  id: text("id").primaryKey(),
  identifier: text("identifier").notNull(),
  value: text("value").notNull(),
  expiresAt: instant("expires_at").notNull(),
  ...timestamps(),
});

/**
 * Counters for sign-in and share-token lookups, kept in the database so every app server sees
 * them (db/auth/rate-limit.ts). `windowStartedAt` is when the current window began, or for a
 * growing delay when the last counted attempt was; a row past `expiresAt` counts for nothing and
 * is deleted.
 */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").primaryKey(),
    count: integer("count").notNull(),
    windowStartedAt: instant("window_started_at").notNull(),
    expiresAt: instant("expires_at").notNull().defaultNow(),
    /** For a growing delay: the id of the attempt that was counted last, so each attempt knows whether it was. */
    countedAttempt: text("counted_attempt"),
  },
  (table) => [index("rate_limits_expires_at_idx").on(table.expiresAt)],
);

export const shareLinks = pgTable(
  "share_links",
  {
    id: recordId(),
    projectId: projectRef(),
    label: text("label").notNull(),
    /** SHA-256 of the token, hex. The token itself is never stored. */
    tokenHash: text("token_hash").notNull(),
    createdBy: userRef("created_by"),
    createdByLabel: text("created_by_label").notNull(),
    createdAt: instant("created_at").notNull().defaultNow(),
    expiresAt: instant("expires_at"),
    revokedAt: instant("revoked_at"),
    lastUsedAt: instant("last_used_at"),
    viewCount: integer("view_count").notNull().default(0),
    /** The sites that may frame the shared view (db/domain/embed-origins.ts); empty: none may. */
    embedOrigins: text("embed_origins").array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [uniqueIndex("share_links_token_hash_idx").on(t.tokenHash), index("share_links_project_idx").on(t.projectId)],
);

/** When each user last opened each project's dashboard: what "new since your last visit" compares with. */
export const projectVisits = pgTable(
  "project_visits",
  {
    userId: ownedByUser(),
    projectId: projectRef(),
    seenAt: instant("seen_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.projectId] }), index("project_visits_project_idx").on(t.projectId)],
);

export const projectsRelations = relations(projects, ({ many }) => ({
  sources: many(sources),
  milestones: many(milestones),
  completionForecasts: many(completionForecasts),
  progressReports: many(progressReports),
  projectFacts: many(projectFacts),
  eventProjects: many(eventProjects),
  shareLinks: many(shareLinks),
}));
export const sourcesRelations = relations(sources, ({ one }) => ({
  project: one(projects, { fields: [sources.projectId], references: [projects.id] }),
}));
export const milestonesRelations = relations(milestones, ({ one, many }) => ({
  project: one(projects, { fields: [milestones.projectId], references: [projects.id] }),
  milestoneSources: many(milestoneSources),
}));
export const milestoneSourcesRelations = relations(milestoneSources, ({ one }) => ({
  milestone: one(milestones, { fields: [milestoneSources.milestoneId], references: [milestones.id] }),
  source: one(sources, { fields: [milestoneSources.sourceId], references: [sources.id] }),
}));
export const completionForecastsRelations = relations(completionForecasts, ({ one }) => ({
  project: one(projects, { fields: [completionForecasts.projectId], references: [projects.id] }),
  source: one(sources, { fields: [completionForecasts.sourceId], references: [sources.id] }),
}));
export const progressReportsRelations = relations(progressReports, ({ one }) => ({
  project: one(projects, { fields: [progressReports.projectId], references: [projects.id] }),
  source: one(sources, { fields: [progressReports.sourceId], references: [sources.id] }),
}));
export const projectFactsRelations = relations(projectFacts, ({ one }) => ({
  project: one(projects, { fields: [projectFacts.projectId], references: [projects.id] }),
  source: one(sources, { fields: [projectFacts.sourceId], references: [sources.id] }),
}));
export const eventsRelations = relations(events, ({ one, many }) => ({
  source: one(sources, { fields: [events.sourceId], references: [sources.id] }),
  eventProjects: many(eventProjects),
}));
export const eventProjectsRelations = relations(eventProjects, ({ one }) => ({
  event: one(events, { fields: [eventProjects.eventId], references: [events.id] }),
  project: one(projects, { fields: [eventProjects.projectId], references: [projects.id] }),
}));
export const userRelations = relations(user, ({ many }) => ({
  sessions: many(session),
  accounts: many(account),
}));
export const sessionRelations = relations(session, ({ one }) => ({
  user: one(user, { fields: [session.userId], references: [user.id] }),
}));
export const accountRelations = relations(account, ({ one }) => ({
  user: one(user, { fields: [account.userId], references: [user.id] }),
}));
export const shareLinksRelations = relations(shareLinks, ({ one }) => ({
  project: one(projects, { fields: [shareLinks.projectId], references: [projects.id] }),
}));

export type Project = typeof projects.$inferSelect;
export type NewProject = typeof projects.$inferInsert;
export type Source = typeof sources.$inferSelect;
export type NewSource = typeof sources.$inferInsert;
export type Milestone = typeof milestones.$inferSelect;
export type NewMilestone = typeof milestones.$inferInsert;
export type CompletionForecast = typeof completionForecasts.$inferSelect;
export type NewCompletionForecast = typeof completionForecasts.$inferInsert;
export type ProgressReport = typeof progressReports.$inferSelect;
export type NewProgressReport = typeof progressReports.$inferInsert;
export type ProjectFact = typeof projectFacts.$inferSelect;
export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
export type AuditEntry = typeof auditEntries.$inferSelect;
export type User = typeof user.$inferSelect;
export type ShareLink = typeof shareLinks.$inferSelect;
export type UserRole = (typeof userRoleEnum.enumValues)[number];
