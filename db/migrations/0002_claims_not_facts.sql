ALTER TYPE "public"."milestone_kind" ADD VALUE 'structural' BEFORE 'completion';--> statement-breakpoint
ALTER TYPE "public"."source_kind" ADD VALUE 'analysis' BEFORE 'other';--> statement-breakpoint
CREATE TABLE "project_facts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"attribute" text NOT NULL,
	"value_low" double precision NOT NULL,
	"value_high" double precision NOT NULL,
	"unit" text,
	"qualifier" text,
	"as_of_earliest" date,
	"as_of_latest" date,
	"as_of_text" text,
	"source_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "project_facts_value_order" CHECK ("project_facts"."value_low" <= "project_facts"."value_high"),
	CONSTRAINT "project_facts_as_of_order" CHECK ("project_facts"."as_of_earliest" <= "project_facts"."as_of_latest")
);
--> statement-breakpoint
ALTER TABLE "completion_forecasts" ALTER COLUMN "window_earliest" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "completion_forecasts" ALTER COLUMN "window_latest" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "completion_forecasts" ALTER COLUMN "window_text" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "completion_forecasts" ALTER COLUMN "claimed_on" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "completion_forecasts" ADD COLUMN "derived_from_milestone_id" uuid;--> statement-breakpoint
ALTER TABLE "completion_forecasts" ADD COLUMN "derived_duration" text;--> statement-breakpoint
ALTER TABLE "completion_forecasts" ADD COLUMN "claimed_earliest" date;--> statement-breakpoint
ALTER TABLE "completion_forecasts" ADD COLUMN "claimed_latest" date;--> statement-breakpoint
ALTER TABLE "completion_forecasts" ADD COLUMN "claimed_text" text;--> statement-breakpoint
ALTER TABLE "milestones" ADD COLUMN "label" text;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "published_earliest" date;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "published_latest" date;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "published_text" text;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "measured_done" double precision;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "measured_total" double precision;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "measured_unit" text;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "scope" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "via_source_id" uuid;--> statement-breakpoint
-- Days once demanded exactly become fuzzy dates that keep their wording: the data is carried over as it was.
UPDATE "completion_forecasts" SET "claimed_earliest" = "claimed_on", "claimed_latest" = "claimed_on", "claimed_text" = to_char("claimed_on", 'YYYY-MM-DD');--> statement-breakpoint
UPDATE "progress_reports" SET "published_earliest" = "published_on", "published_latest" = "published_on", "published_text" = to_char("published_on", 'YYYY-MM-DD') WHERE "published_on" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "project_facts" ADD CONSTRAINT "project_facts_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_facts" ADD CONSTRAINT "project_facts_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_facts_project_idx" ON "project_facts" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_facts_source_idx" ON "project_facts" USING btree ("source_id");--> statement-breakpoint
ALTER TABLE "completion_forecasts" ADD CONSTRAINT "completion_forecasts_derived_from_milestone_id_milestones_id_fk" FOREIGN KEY ("derived_from_milestone_id") REFERENCES "public"."milestones"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_via_source_id_sources_id_fk" FOREIGN KEY ("via_source_id") REFERENCES "public"."sources"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "completion_forecasts_derived_idx" ON "completion_forecasts" USING btree ("derived_from_milestone_id");--> statement-breakpoint
CREATE INDEX "sources_via_idx" ON "sources" USING btree ("via_source_id");--> statement-breakpoint
ALTER TABLE "completion_forecasts" ADD CONSTRAINT "completion_forecasts_claimed_order" CHECK ("completion_forecasts"."claimed_earliest" <= "completion_forecasts"."claimed_latest");--> statement-breakpoint
ALTER TABLE "completion_forecasts" ADD CONSTRAINT "completion_forecasts_window_or_derived" CHECK (("completion_forecasts"."window_earliest" is not null and "completion_forecasts"."window_latest" is not null and "completion_forecasts"."window_text" is not null and "completion_forecasts"."derived_from_milestone_id" is null and "completion_forecasts"."derived_duration" is null)
        or ("completion_forecasts"."window_earliest" is null and "completion_forecasts"."window_latest" is null and "completion_forecasts"."window_text" is null and "completion_forecasts"."derived_from_milestone_id" is not null and "completion_forecasts"."derived_duration" is not null));--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_published_order" CHECK ("progress_reports"."published_earliest" <= "progress_reports"."published_latest");--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_measured" CHECK (("progress_reports"."measured_done" is null and "progress_reports"."measured_total" is null and "progress_reports"."measured_unit" is null)
        or ("progress_reports"."measured_done" >= 0 and "progress_reports"."measured_total" > 0 and "progress_reports"."measured_done" <= "progress_reports"."measured_total" and "progress_reports"."measured_unit" is not null and "progress_reports"."percent_complete" is null));--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_via_not_self" CHECK ("sources"."via_source_id" is null or "sources"."via_source_id" <> "sources"."id");