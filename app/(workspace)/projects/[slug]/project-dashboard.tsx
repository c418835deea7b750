import { IntentLink } from "@/components/intent-link";
import { DashboardPage } from "@/components/dashboard/dashboard-page";
import { projectDashboardQuery } from "@/components/query/dashboard-query";
import { hasRole, type CurrentUser } from "@/db/session";
import type { AsOf } from "@/db/dashboard/as-of";
import type { DashboardData } from "@/db/dashboard-data";
import { editorSectionActions } from "./editors/section-actions";

interface ProjectDashboardProps {
  user: Pick<CurrentUser, "role">;
  slug: string;
  data: DashboardData;
  today: string;
  asOf: AsOf | null;
  /** Why an asked-for day could not be read, shown at the date control. */
  asOfError?: string | null;
}

/** A project's dashboard in the workspace, for today's render (app/(render)) and an earlier day's (page.tsx) alike. */
export function ProjectDashboard({ user, slug, data, today, asOf, asOfError = null }: ProjectDashboardProps) {
  const path = `/projects/${encodeURIComponent(slug)}`;
  const editor = hasRole(user, "editor");
  return (
    <DashboardPage
      query={projectDashboardQuery(slug, asOf)}
      data={data}
      today={today}
      asOf={asOf}
      asOfError={asOfError}
      todayHref={path}
      intro={
        editor && (
          <p className="page-tools">
            <IntentLink href={`${path}/share`}>Share a read-only link</IntentLink>
          </p>
        )
      }
      // Viewers get no forms at all; the actions check the role again on every call. An earlier day's view is history: it is read, not edited.
      sectionActions={editor && !asOf ? editorSectionActions(slug) : undefined}
    />
  );
}
