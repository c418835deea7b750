/*
 * A project's changes as an Atom feed: one entry per audit entry, titled and worded as the
 * dashboard words them (db/changes/change-words.ts). A share link's feed names no editor: its
 * entries carry no author, whatever the changes it is given hold.
 */
import { describeChange, type ChangeNames } from "../changes/change-words";
import type { ChangeData, DashboardData } from "../dashboard-data";
import { atomFeed, type AtomEntry } from "./atom";

export interface ChangeFeedInput {
  dashboard: Pick<DashboardData, "project" | "sources" | "milestones">;
  /** Newest first. */
  changes: readonly ChangeData[];
  /** The feed's own URL and the view its entries link to. */
  self: string;
  view: string;
  /** "workspace" feeds may name who made a change; "public" ones never do. */
  audience: "workspace" | "public";
}

/** "Label: before → after", one line per field; an add lists what it set, a deletion what was there. */
export function changeContent(fields: { label: string; before: string | null; after: string | null }[]): string {
  return fields
    .map(({ label, before, after }) =>
      before === null ? `${label}: ${after ?? ""}` : after === null ? `${label}: ${before} (removed)` : `${label}: ${before} → ${after}`,
    )
    .join("\n");
}

export function changeFeed({ dashboard, changes, self, view, audience }: ChangeFeedInput): string {
  const names: ChangeNames = {
    sourceNames: Object.fromEntries(dashboard.sources.map((s) => [s.id, s.outlet])),
    milestoneNames: Object.fromEntries(dashboard.milestones.map((m) => [m.id, m.title])),
  };
  const entries: AtomEntry[] = changes.map((change) => {
    const words = describeChange(change, names);
    return {
      id: `urn:bridgewatch:change:${change.id}`,
      title: words.title,
      updated: change.at,
      link: view,
      content: changeContent(words.fields) || words.title,
      author: audience === "workspace" && change.actor ? change.actor : null,
    };
  });
  const { project } = dashboard;
  return atomFeed({
    id: `urn:bridgewatch:project:${project.id}:changes${audience === "public" ? ":shared" : ""}`,
    title: `${project.name}: changes`,
    subtitle: `Changes to the record of ${project.name}, newest first. Bridgewatch.`,
    self,
    alternate: view,
    updated: changes[0]?.at ?? project.updatedAt,
    entries,
  });
}
