/*
 * Exports a project's whole record as a project file (format `bridgewatch/1`), read the way its
 * dashboard reads it. Keys come from each record's place in its list (`s1`, `m1`, `f1`, `r1`,
 * `e1`, `x1`), and the lists are in the dashboard's orders with ties broken by creation (the
 * order of the records' audit entries: rows created in one transaction share their created_at).
 * An import writes the records in file order, so export, import, export gives the same document.
 */
import { and, eq, inArray, min } from "drizzle-orm";
import type { Db } from "../connection";
import type { DashboardLists, EventData, ForecastData, MilestoneData, ProgressReportData, SourceData } from "../dashboard-data";
import { compareFuzzy } from "../domain/fuzzy-date";
import { compareFuzzyOrder } from "../domain/fuzzy-order";
import { todayIso } from "../domain/today";
import { getDashboard } from "../queries/dashboard";
import { compareMilestones } from "../queries/mappers";
import { auditEntries } from "../schema";
import { FORMAT, type ProjectFile } from "./format";

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The dashboard's order of each list (sources by publication, then outlet; reports by observation; …). */
const ORDERS = {
  sources: (a: SourceData, b: SourceData) =>
    cmp(a.published.latest, b.published.latest) || cmp(a.published.earliest, b.published.earliest) || cmp(a.outlet, b.outlet),
  milestones: compareMilestones,
  forecasts: (a: ForecastData, b: ForecastData) => compareFuzzyOrder(a.claimed, b.claimed),
  reports: (a: ProgressReportData, b: ProgressReportData) => compareFuzzyOrder(a.observed, b.observed),
  events: (a: EventData, b: EventData) => compareFuzzy(a.date, b.date),
  // Facts: in the order they were added.
  facts: (): number => 0,
} satisfies { [L in keyof DashboardLists]: (a: DashboardLists[L][number], b: DashboardLists[L][number]) => number };

/** Each record's place in the order of creation: its first audit entry (they are numbered in order). */
async function creationOrder(db: Db, ids: string[]): Promise<(a: { id: string }, b: { id: string }) => number> {
  const rows =
    ids.length === 0
      ? []
      : await db
          .select({ id: auditEntries.entityId, first: min(auditEntries.id) })
          .from(auditEntries)
          .where(and(eq(auditEntries.action, "create"), inArray(auditEntries.entityId, ids)))
          .groupBy(auditEntries.entityId);
  const rank = new Map(rows.map((r) => [r.id, Number(r.first)]));
  const rankOf = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  return (a, b) => rankOf(a.id) - rankOf(b.id) || cmp(a.id, b.id);
}

/** Record ids to the keys of their places: `s1`, `s2`, … */
function keysFor(prefix: string, records: readonly { id: string }[], what: string) {
  const keys = new Map(records.map((r, i) => [r.id, `${prefix}${i + 1}`]));
  return (id: string) => {
    const key = keys.get(id);
    if (!key) throw new Error(`The ${what} ${id} is not one of this project's ${what}s.`);
    return key;
  };
}

export async function exportProject(db: Db, { slug }: { slug: string }): Promise<ProjectFile | null> {
  const dashboard = await getDashboard(db, { slug, today: todayIso(), audience: "workspace", whole: true });
  if (!dashboard) return null;
  const all = [dashboard.sources, dashboard.milestones, dashboard.forecasts, dashboard.reports, dashboard.events, dashboard.facts];
  const byCreation = await creationOrder(db, all.flat().map((r) => r.id));
  const sorted = <T extends { id: string }>(list: readonly T[], order: (a: T, b: T) => number) =>
    [...list].sort((a, b) => order(a, b) || byCreation(a, b));

  const sources = sorted(dashboard.sources, ORDERS.sources);
  const milestones = sorted(dashboard.milestones, ORDERS.milestones);
  const sourceKey = keysFor("s", sources, "source");
  const milestoneKey = keysFor("m", milestones, "milestone");
  const sourcePlace = new Map(sources.map((s, i) => [s.id, i]));
  const { project } = dashboard;
  /** A list's rows in the file, each with the key of its place. */
  const keyed = <T, R>(prefix: string, list: readonly T[], row: (record: T) => R) =>
    list.map((record, i) => ({ key: `${prefix}${i + 1}`, ...row(record) }));

  return {
    format: FORMAT,
    project: { slug: project.slug, name: project.name, summary: project.summary, location: project.location, parties: project.parties },
    sources: keyed("s", sources, (s) => ({
      outlet: s.outlet,
      title: s.title,
      url: s.url,
      published: s.published.text,
      kind: s.kind,
      via: s.viaSourceId === null ? null : sourceKey(s.viaSourceId),
    })),
    milestones: keyed("m", milestones, (m: MilestoneData) => ({
      kind: m.kind,
      label: m.label,
      title: m.title,
      planned: m.planned?.text ?? null,
      actual: m.actual?.text ?? null,
      status: m.status,
      // The milestone's sources in the order of the file's sources: the first is the one it was created with.
      sources: [...m.sourceIds].sort((a, b) => (sourcePlace.get(a) ?? -1) - (sourcePlace.get(b) ?? -1)).map(sourceKey),
    })),
    forecasts: keyed("f", sorted(dashboard.forecasts, ORDERS.forecasts), (f) => ({
      completion: f.completion?.text ?? null,
      derived: f.derivedFrom !== null && f.duration !== null ? { from: milestoneKey(f.derivedFrom), duration: f.duration } : null,
      claimed: f.claimed.text,
      source: sourceKey(f.sourceId),
      accepted: f.accepted,
      note: f.note,
    })),
    reports: keyed("r", sorted(dashboard.reports, ORDERS.reports), (r) => ({
      observed: r.observed.text,
      published: r.published?.text ?? null,
      percent: r.percent,
      measured: r.measured && { done: r.measured.done, total: r.measured.total, unit: r.measured.unit },
      scope: r.scope,
      summary: r.summary,
      source: sourceKey(r.sourceId),
      evidence: r.evidenceKind,
      confidence: r.confidence,
    })),
    events: keyed("e", sorted(dashboard.events, ORDERS.events), (e) => ({
      date: e.date.text,
      title: e.title,
      // Stored as "" when there is none; the file says null.
      summary: e.summary === "" ? null : e.summary,
      category: e.category,
      parties: e.parties,
      source: sourceKey(e.sourceId),
    })),
    facts: keyed("x", sorted(dashboard.facts, ORDERS.facts), (x) => ({
      attribute: x.attribute,
      value: x.value.low === x.value.high ? x.value.low : [x.value.low, x.value.high],
      unit: x.unit,
      qualifier: x.qualifier,
      asOf: x.asOf?.text ?? null,
      source: sourceKey(x.sourceId),
    })),
  };
}

/** The document as the CLI prints it and the route serves it: JSON, indented by two spaces. */
export const serializeProjectFile = (file: ProjectFile) => `${JSON.stringify(file, null, 2)}\n`;
