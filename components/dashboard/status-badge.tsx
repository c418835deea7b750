import type { ProjectStatus, StatusResult } from "@/db/domain/status";

/* A glyph beside the colour, so the status never rests on colour alone. */
const GLYPHS: Record<ProjectStatus, string> = {
  complete: "✓",
  on_track: "●",
  behind: "▲",
  far_behind: "▼",
  unconfirmed: "?",
  overdue: "!",
  no_data: "–",
};

export function StatusBadge({ status }: { status: Pick<StatusResult, "status" | "label"> }) {
  return (
    <span className={`status-badge status-badge--${status.status}`} data-status={status.status}>
      <span className="status-badge__glyph" aria-hidden="true">
        {GLYPHS[status.status]}
      </span>
      {status.label}
    </span>
  );
}
