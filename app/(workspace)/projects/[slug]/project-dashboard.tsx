import { IntentLink } from "@/components/intent-link";
import { DashboardPage } from "@/components/dashboard/dashboard-page";
import { projectDashboardQuery } from "@/components/query/dashboard-query";
import { hasRole, type CurrentUser } from "@/db/session";
import type { DashboardDay } from "@/components/dashboard/dashboard-page";
import { editorSectionActions } from "./editors/section-actions";

interface ProjectDashboardProps extends DashboardDay {
  user: Pick<CurrentUser, "role">;
  slug: string;
}

/** A project's dashboard in the workspace, for today's render (app/(render)) and an earlier day's (page.tsx) alike. */
export function ProjectDashboard({ user, slug, ...day }: ProjectDashboardProps) {
  const path = `/projects/${encodeURIComponent(slug)}`;
  const editor = hasRole(user, "editor");
  return (
    <DashboardPage
      {...day}
      query={projectDashboardQuery(slug, day.asOf)}
      todayHref={path}
      intro={
        editor && (
          <p className="page-tools">
            <IntentLink href={`${path}/share`}>Share a read-only link</IntentLink>
          </p>
        )
      }
      // Viewers get no forms at all; the actions check the role again on every call. An earlier day's view is history: it is read, not edited.
      sectionActions={editor && !day.asOf ? editorSectionActions(slug) : undefined}
    />
  );
}
