import type { ReactNode } from "react";
import type { DashboardSectionId } from "@/components/dashboard/dashboard-section";
import { EventsEditor } from "./events-editor";
import { ForecastsEditor } from "./forecasts-editor";
import { MilestonesEditor } from "./milestones-editor";
import { ProgressEditor } from "./progress-editor";
import { SourcesEditor } from "./sources-editor";

/** The editor forms for each dashboard section: only for editors and admins, only from the page. */
export function editorSectionActions(slug: string): Partial<Record<DashboardSectionId | "header", ReactNode>> {
  return {
    header: <ForecastsEditor slug={slug} />,
    progress: <ProgressEditor slug={slug} />,
    milestones: <MilestonesEditor slug={slug} />,
    events: <EventsEditor slug={slug} />,
    sources: <SourcesEditor slug={slug} />,
  };
}
