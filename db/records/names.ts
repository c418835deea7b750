/*
 * The record types' names and their wording in one line, apart from their zod schemas: what
 * an editor's list and controls show before any form opens, so the validation code loads only
 * with a form. db/records/index.ts joins each type's names with its fields
 * (db/records/<type>.ts), so every name is still written once.
 */
import { formatFuzzyWithWindow } from "../domain/date-wording";
import { formatValue } from "../domain/units";
import type { RecordNames, Stored } from "./define";
import type { EventData } from "./event";
import type { FactData } from "./fact";
import type { ForecastData } from "./forecast";
import type { MilestoneData } from "./milestone";
import type { ProgressReportData } from "./progress-report";
import type { SourceData } from "./source";
import { MILESTONE_STATUS } from "./vocabulary";

/** `names<SourceData>()({...})`: the DTO type is named once, the entity's literal is inferred. */
const names =
  <Dto extends Stored>() =>
  <E extends string>(n: RecordNames<E, Dto>) =>
    n;

/** "progress reports": a type's plural, the noun and an "s" unless it says otherwise. */
export const pluralOf = (n: { noun: string; plural?: string }) => n.plural ?? `${n.noun}s`;

const dateText = (d: MilestoneData["planned"], none: string) => (d ? formatFuzzyWithWindow(d) : none);

export const RECORD_NAMES = {
  progressReport: names<ProgressReportData>()({
    entity: "progress_report",
    listKey: "reports",
    noun: "progress report",
    describe: (r) => {
      const figure = r.arithmetic ?? (r.figure === null ? "Qualitative" : `${r.figure}%`);
      return `${r.scope ? `${r.scope}: ` : ""}${figure}, observed ${formatFuzzyWithWindow(r.observed)}: ${r.summary}`;
    },
  }),
  milestone: names<MilestoneData>()({
    entity: "milestone",
    listKey: "milestones",
    noun: "milestone",
    describe: (m) =>
      `${m.title}: planned ${dateText(m.planned, "not set")}, actual ${dateText(m.actual, "not yet")}, ${MILESTONE_STATUS.labels[m.status].toLowerCase()}`,
    name: (m) => m.title,
  }),
  forecast: names<ForecastData>()({
    entity: "completion_forecast",
    listKey: "forecasts",
    noun: "completion forecast",
    describe: (f) => {
      const window = f.window ? formatFuzzyWithWindow(f.window) : "not computable yet";
      const how = f.completion ? window : `${window}, ${f.arithmetic ?? `${f.duration} after a milestone`}`;
      return `Completion ${how}, claimed ${formatFuzzyWithWindow(f.claimed)}${f.accepted ? "" : " (not accepted)"}`;
    },
  }),
  event: names<EventData>()({
    entity: "event",
    listKey: "events",
    noun: "event",
    describe: (e) => `${formatFuzzyWithWindow(e.date)}: ${e.title}`,
    name: (e) => e.title,
  }),
  source: names<SourceData>()({
    entity: "source",
    listKey: "sources",
    noun: "source",
    describe: (s) => `${s.outlet}: ${s.title} (${formatFuzzyWithWindow(s.published)})`,
    name: (s) => s.outlet,
  }),
  fact: names<FactData>()({
    entity: "project_fact",
    listKey: "facts",
    noun: "project fact",
    describe: (f) =>
      `${f.attribute}: ${formatValue(f.value, f.unit)}${f.qualifier ? ` (${f.qualifier})` : ""}${f.asOf ? `, as of ${formatFuzzyWithWindow(f.asOf)}` : ""}`,
    name: (f) => f.attribute,
  }),
} as const;

export type RecordType = keyof typeof RECORD_NAMES;

/** The records' names in the audit trail, as the history route accepts them. */
export type HistoryEntity = (typeof RECORD_NAMES)[RecordType]["entity"];
export const HISTORY_ENTITIES: readonly HistoryEntity[] = Object.values(RECORD_NAMES).map((n) => n.entity);

export const isHistoryEntity = (value: string): value is HistoryEntity => (HISTORY_ENTITIES as readonly string[]).includes(value);
