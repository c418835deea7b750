/*
 * Valid inputs for the server actions, for tests that call them directly (the authorization
 * matrix, hostile input, synthetic projects). Synthetic test data, never shown as real.
 *
 * Records: `ACTION_INPUTS[name](slug, rows)` returns the input the record action `name` of
 * app/(workspace)/projects/[slug]/actions.ts accepts (its type's `schemas.create` or
 * `schemas.update` in db/records, or the delete schema), where
 * - `slug` is the project's slug;
 * - `rows` names existing rows of that project (ids and current versions, see RowRefs):
 *   update and delete inputs target them, and every record cites `rows.sourceId`.
 * The type requires one entry per exported record action, so adding an action without an input
 * here fails the type check; tests/unit/action-inputs.test.ts parses each with its schema. A
 * delete consumes its row: give each call fresh rows (or re-read the versions) when one run
 * calls several actions on the same row. restoreRecord aims at `rows.fact` once it is deleted.
 */
import type * as recordActions from "../../app/(workspace)/projects/[slug]/actions";

export type ActionName = keyof typeof recordActions;

/** The input of the admin's createProject action: a project of its own for one spec. */
export const projectInput = (slug: string, name: string) => ({
  slug,
  name,
  summary: "A synthetic project made by a test, with synthetic records only.",
  location: "Nowhere (synthetic test data)",
  parties: "Party A, Party B",
});

export interface RowRef {
  id: string;
  version: number;
}

export interface RowRefs {
  /** A source of the project: what created and updated records cite. */
  sourceId: string;
  progressReport: RowRef;
  milestone: RowRef;
  forecast: RowRef;
  event: RowRef;
  fact: RowRef;
  /** A source of the project that nothing cites, so updating and deleting it is allowed. */
  spareSource: RowRef;
}

const report = (sourceId: string) => ({
  observed: "2026-10",
  published: "2026-11",
  percent: "40",
  summary: "Synthetic test report.",
  sourceId,
  evidenceKind: "satellite_imagery",
  confidence: "medium",
});

const milestone = (sourceId: string) => ({ title: "Synthetic milestone", planned: "Q4 2026", actual: "", status: "delayed", sourceId });

const forecast = (sourceId: string) => ({ completion: "H1 2027", claimed: "2026-11", sourceId, accepted: true, note: "" });

const fact = (sourceId: string) => ({ attribute: "length", value: "1.2", unit: "km", qualifier: "with approaches", asOf: "2026", sourceId });

const event = (sourceId: string) => ({
  date: "2026-10-15",
  title: "Synthetic event",
  summary: "Synthetic test event.",
  category: "economic",
  parties: "Russia, North Korea",
  sourceId,
});

const source = { outlet: "Synthetic Outlet", title: "Synthetic test source", url: "https://example.test/source", published: "2026-10-01", kind: "ground_photo" };

const at = (slug: string, ref: RowRef) => ({ projectSlug: slug, id: ref.id, version: ref.version });

export const ACTION_INPUTS: Record<ActionName, (slug: string, rows: RowRefs) => Record<string, unknown>> = {
  createProgressReport: (slug, rows) => ({ projectSlug: slug, ...report(rows.sourceId) }),
  updateProgressReport: (slug, rows) => ({ ...at(slug, rows.progressReport), ...report(rows.sourceId), percent: "45" }),
  deleteProgressReport: (slug, rows) => at(slug, rows.progressReport),
  createMilestone: (slug, rows) => ({ projectSlug: slug, kind: "other", ...milestone(rows.sourceId) }),
  updateMilestone: (slug, rows) => ({ ...at(slug, rows.milestone), ...milestone(rows.sourceId) }),
  deleteMilestone: (slug, rows) => at(slug, rows.milestone),
  createForecast: (slug, rows) => ({ projectSlug: slug, ...forecast(rows.sourceId) }),
  updateForecast: (slug, rows) => ({ ...at(slug, rows.forecast), ...forecast(rows.sourceId), completion: "Q2 2027" }),
  deleteForecast: (slug, rows) => at(slug, rows.forecast),
  createEvent: (slug, rows) => ({ projectSlug: slug, ...event(rows.sourceId) }),
  updateEvent: (slug, rows) => ({ ...at(slug, rows.event), ...event(rows.sourceId), title: "Synthetic event, corrected" }),
  deleteEvent: (slug, rows) => at(slug, rows.event),
  createSource: (slug) => ({ projectSlug: slug, ...source }),
  updateSource: (slug, rows) => ({ ...at(slug, rows.spareSource), ...source, title: "Synthetic test source, corrected" }),
  deleteSource: (slug, rows) => at(slug, rows.spareSource),
  createFact: (slug, rows) => ({ projectSlug: slug, ...fact(rows.sourceId) }),
  updateFact: (slug, rows) => ({ ...at(slug, rows.fact), ...fact(rows.sourceId), value: "1.1 to 1.3" }),
  deleteFact: (slug, rows) => at(slug, rows.fact),
  // The fact is one deleted before: its delete entry is what the restore reads.
  restoreRecord: (slug, rows) => ({ projectSlug: slug, entity: "project_fact", id: rows.fact.id }),
  // Writes nothing: the benchmark's reference for what any action costs.
  checkEditAccess: (slug) => ({ projectSlug: slug }),
};
