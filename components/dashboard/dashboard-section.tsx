import type { ReactNode } from "react";

export type DashboardSectionId = "progress" | "milestones" | "facts" | "events" | "sources" | "cite" | "changes";

interface DashboardSectionProps {
  id: DashboardSectionId;
  title: string;
  /** Controls a page adds beside the heading, such as an editor's "Add" form. */
  actions?: ReactNode;
  children: ReactNode;
}

export function DashboardSection({ id, title, actions, children }: DashboardSectionProps) {
  return (
    <section className="panel" id={id} aria-labelledby={`${id}-heading`}>
      <div className="panel__head">
        <h2 id={`${id}-heading`}>{title}</h2>
        {actions && <div className="panel__actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}
