import type { ReactNode } from "react";

/** The dashboard's sections, in page order: each one's heading, and its name among the section links. */
export const DASHBOARD_SECTIONS = {
  progress: { title: "Progress against plan", link: "Progress" },
  milestones: { title: "Milestones: planned against actual", link: "Milestones" },
  facts: { title: "Project facts", link: "Project facts" },
  events: { title: "Events", link: "Events" },
  sources: { title: "Sources", link: "Sources" },
  cite: { title: "Cite and export", link: null },
  changes: { title: "Recent changes", link: "Recent changes" },
} as const;

export type DashboardSectionId = keyof typeof DASHBOARD_SECTIONS;

interface DashboardSectionProps {
  id: DashboardSectionId;
  /** Controls a page adds beside the heading, such as an editor's "Add" form. */
  actions?: ReactNode;
  children: ReactNode;
}

export function DashboardSection({ id, actions, children }: DashboardSectionProps) {
  return (
    <section className="panel" id={id} aria-labelledby={`${id}-heading`}>
      <div className="panel__head">
        <h2 id={`${id}-heading`}>{DASHBOARD_SECTIONS[id].title}</h2>
        {actions && <div className="panel__actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}
