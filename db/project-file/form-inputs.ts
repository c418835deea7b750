/*
 * Each record of a project file as its form would send it, so that importing validates it with
 * the record type's own schema (`schemas.create`), and the way back: the form's field names in
 * the file's words, for the errors those schemas report.
 */
import { RECORD_TYPES, type RecordType } from "../records";
import type { FileEvent, FileFact, FileForecast, FileList, FileMilestone, FileReport, FileSource } from "./format";
import type { FilePath } from "./issues";

/** The ids the keys of the file stand for: placeholders while checking, the new rows' when writing. */
export interface Ids {
  source(key: string): string;
  milestone(key: string): string;
}

const sourceInput = (s: FileSource, ids: Ids) => ({
  outlet: s.outlet,
  title: s.title,
  url: s.url,
  published: s.published,
  kind: s.kind,
  viaSourceId: s.via === null ? null : ids.source(s.via),
});

/** A milestone cites one source per write: the first here, the others by corrections after it. */
const milestoneInput = (m: FileMilestone, ids: Ids) => ({
  kind: m.kind,
  label: m.label,
  title: m.title,
  planned: m.planned,
  actual: m.actual,
  status: m.status,
  sourceId: ids.source(m.sources[0]!),
});

const forecastInput = (f: FileForecast, ids: Ids) => ({
  completion: f.completion,
  derivedFrom: f.derived === null ? null : ids.milestone(f.derived.from),
  duration: f.derived?.duration ?? null,
  claimed: f.claimed,
  sourceId: ids.source(f.source),
  accepted: f.accepted,
  note: f.note,
});

const reportInput = (r: FileReport, ids: Ids) => ({
  observed: r.observed,
  published: r.published,
  percent: r.percent,
  measuredDone: r.measured?.done ?? null,
  measuredTotal: r.measured?.total ?? null,
  measuredUnit: r.measured?.unit ?? null,
  scope: r.scope,
  summary: r.summary,
  sourceId: ids.source(r.source),
  evidenceKind: r.evidence,
  confidence: r.confidence,
});

const eventInput = (e: FileEvent, ids: Ids) => ({
  date: e.date,
  title: e.title,
  summary: e.summary,
  category: e.category,
  parties: e.parties,
  sourceId: ids.source(e.source),
});

const factInput = (x: FileFact, ids: Ids) => ({
  attribute: x.attribute,
  value: x.value,
  unit: x.unit,
  qualifier: x.qualifier,
  asOf: x.asOf,
  sourceId: ids.source(x.source),
});

interface FormOf<R> {
  type: RecordType;
  input(record: R, ids: Ids): Record<string, unknown>;
  /** Form fields named otherwise in the file; the others keep their names. */
  renamed: Record<string, FilePath>;
}

const source = ["source"];

export const FORMS = {
  sources: { type: "source", input: sourceInput, renamed: { viaSourceId: ["via"] } },
  milestones: { type: "milestone", input: milestoneInput, renamed: { sourceId: ["sources"] } },
  forecasts: {
    type: "forecast",
    input: forecastInput,
    renamed: { derivedFrom: ["derived", "from"], duration: ["derived", "duration"], sourceId: source },
  },
  reports: {
    type: "progressReport",
    input: reportInput,
    renamed: {
      measuredDone: ["measured", "done"],
      measuredTotal: ["measured", "total"],
      measuredUnit: ["measured", "unit"],
      evidenceKind: ["evidence"],
      sourceId: source,
    },
  },
  events: { type: "event", input: eventInput, renamed: { sourceId: source } },
  facts: { type: "fact", input: factInput, renamed: { sourceId: source } },
} satisfies {
  sources: FormOf<FileSource>;
  milestones: FormOf<FileMilestone>;
  forecasts: FormOf<FileForecast>;
  reports: FormOf<FileReport>;
  events: FormOf<FileEvent>;
  facts: FormOf<FileFact>;
} & Record<FileList, unknown>;

/** A form's error path in the file's words; the project slug every form carries is the file's `project.slug`. */
export const fileFieldOf =
  (renamed: Record<string, FilePath>) =>
  (path: FilePath): FilePath | null => {
    const [field, ...rest] = path;
    if (field === "projectSlug") return null;
    if (typeof field !== "string") return path;
    return [...(renamed[field] ?? [field]), ...rest];
  };

/** The record type's create schema, checking one record of a list as its form would. */
export function checkAsForm<L extends FileList>(list: L, record: Parameters<(typeof FORMS)[L]["input"]>[0], ids: Ids, projectSlug: string) {
  const form = FORMS[list] as FormOf<typeof record>;
  return RECORD_TYPES[form.type].schemas.create.safeParse({ projectSlug, ...form.input(record, ids) });
}
