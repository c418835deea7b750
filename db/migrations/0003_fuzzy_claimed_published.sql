DROP INDEX "completion_forecasts_project_idx";--> statement-breakpoint
ALTER TABLE "completion_forecasts" ALTER COLUMN "claimed_earliest" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "completion_forecasts" ALTER COLUMN "claimed_latest" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "completion_forecasts" ALTER COLUMN "claimed_text" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "completion_forecasts_project_idx" ON "completion_forecasts" USING btree ("project_id","claimed_latest");--> statement-breakpoint
ALTER TABLE "completion_forecasts" DROP COLUMN "claimed_on";--> statement-breakpoint
ALTER TABLE "progress_reports" DROP COLUMN "published_on";