/*
 * Imports a project file (format `bridgewatch/1`): checks all of it first (./check.ts), then
 * writes the project and its milestones through the same mutations as the editors' forms, and
 * the other lists as the same rows many at a time (./import-bulk.ts), in one transaction, each
 * record with its audit entry in the actor's name. All or nothing: a file with any
 * problem writes nothing, and a write that fails rolls every other back.
 * No `server-only` here: the CLI imports files too.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../connection";
import type { Actor } from "../mutations/audit";
import { RuleError } from "../mutations/errors";
import { createProject } from "../mutations/projects";
import { RECORD_WRITES } from "../mutations/records";
import { inTransaction } from "../mutations/transaction";
import type { ChangeContext } from "../mutations/versioned";
import { findProjectBySlug } from "../queries/projects";
import { RECORD_TYPES } from "../records";
import type { ProjectFields } from "../records/project";
import { checkProjectFile } from "./check";
import { BULK, writeInChunks } from "./import-bulk";
import { FORMS, fileFieldOf, type Ids } from "./form-inputs";
import type { FileList, ProjectFile } from "./format";
import { issueLines, issueText, ProjectFileError, type FilePath } from "./issues";

export { ProjectFileError } from "./issues";

export type ImportCounts = Record<FileList, number>;

const SLUG_TAKEN = { path: ["project", "slug"], message: "a project with this slug already exists" } as const;

export async function importProject(db: Db, { file, actor }: { file: unknown; actor: Actor }): Promise<{ slug: string; counts: ImportCounts }> {
  const checked = checkProjectFile(file);
  const issues = [...checked.issues];
  if (checked.project && (await findProjectBySlug(db, { slug: checked.project.slug }))) issues.push(SLUG_TAKEN);
  if (issues.length > 0 || !checked.file || !checked.project) throw new ProjectFileError(issueLines(issues));
  const { file: document, project } = checked;
  try {
    return await inTransaction(db, (tx) => writeAll(tx, { document, project, actor }));
  } catch (error) {
    // Another import or an admin claimed the slug since it was checked.
    if (error instanceof RuleError && error.fieldErrors?.slug) throw new ProjectFileError([issueText(SLUG_TAKEN)]);
    throw error;
  }
}

/** A rule only the database can see, refused while writing a record: named like the file's other problems. */
async function writing<T>(list: FileList, index: number, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    const rename = fileFieldOf(FORMS[list].renamed);
    const at: FilePath = [list, index];
    const fields = Object.entries(error.fieldErrors ?? {}).flatMap(([field, messages]) =>
      messages.map((message) => ({ path: [...at, ...(rename([field]) ?? [])], message })),
    );
    throw new ProjectFileError(issueLines(fields.length > 0 ? fields : [{ path: at, message: error.message }]));
  }
}

async function writeAll(
  tx: Db,
  { document, project: fields, actor }: { document: ProjectFile; project: ProjectFields; actor: Actor },
): Promise<{ slug: string; counts: ImportCounts }> {
  const project = await createProject(tx, { actor, input: fields });
  const context: ChangeContext = { project, actor };
  const projectSlug = project.slug;
  const sourceIds = new Map<string, string>();
  const milestoneIds = new Map<string, string>();
  const ids: Ids = { source: (key) => sourceIds.get(key)!, milestone: (key) => milestoneIds.get(key)! };
  const { source, milestone, forecast, progressReport, event, fact } = RECORD_TYPES;

  // Carriers first: a source waits for its carrier. The check refused loops. Each gets its id now,
  // so a source can cite its carrier in the same statement.
  const ordered: { record: ProjectFile["sources"][number]; index: number }[] = [];
  let waiting = document.sources.map((record, index) => ({ record, index }));
  const placed = new Set<string>();
  while (waiting.length > 0) {
    const ready = waiting.filter(({ record }) => record.via === null || placed.has(record.via));
    if (ready.length === 0) throw new Error("Sources carried by each other in a loop passed the check.");
    for (const item of ready) placed.add(item.record.key);
    ordered.push(...ready);
    waiting = waiting.filter(({ record }) => !placed.has(record.key));
  }
  for (const { record } of ordered) sourceIds.set(record.key, randomUUID());
  const sourceInput = (i: number) => source.schemas.create.parse({ projectSlug, ...FORMS.sources.input(ordered[i]!.record, ids) });
  await writeInChunks(tx, BULK.sources, {
    count: ordered.length,
    inputAt: (i) => ({ ...sourceInput(i), id: ids.source(ordered[i]!.record.key) }),
    context,
    // Written singly, a source gets the database's id: what cites it from now on.
    one: async (i) => {
      const created = await writing("sources", ordered[i]!.index, () => RECORD_WRITES.source.create(tx, { ...context, input: sourceInput(i) }));
      sourceIds.set(ordered[i]!.record.key, created.id);
    },
  });

  for (const [index, record] of document.milestones.entries()) {
    const form = FORMS.milestones.input(record, ids);
    const input = milestone.schemas.create.parse({ projectSlug, ...form });
    let written = await writing("milestones", index, () => RECORD_WRITES.milestone.create(tx, { ...context, input }));
    // A milestone's write cites one source: each further source joins by a correction citing it
    // (the correction's schema drops the kind, which is fixed at creation).
    for (const key of record.sources.slice(1)) {
      const correction = milestone.schemas.update.parse({ projectSlug, ...form, sourceId: ids.source(key), id: written.id, version: written.version });
      written = await writing("milestones", index, () => RECORD_WRITES.milestone.update(tx, { ...context, input: correction }));
    }
    milestoneIds.set(record.key, written.id);
  }

  const inputs = {
    forecasts: (i: number) => forecast.schemas.create.parse({ projectSlug, ...FORMS.forecasts.input(document.forecasts[i]!, ids) }),
    reports: (i: number) => progressReport.schemas.create.parse({ projectSlug, ...FORMS.reports.input(document.reports[i]!, ids) }),
    events: (i: number) => event.schemas.create.parse({ projectSlug, ...FORMS.events.input(document.events[i]!, ids) }),
    facts: (i: number) => fact.schemas.create.parse({ projectSlug, ...FORMS.facts.input(document.facts[i]!, ids) }),
  };
  await writeInChunks(tx, BULK.forecasts, {
    count: document.forecasts.length,
    inputAt: inputs.forecasts,
    context,
    one: (i) => writing("forecasts", i, () => RECORD_WRITES.forecast.create(tx, { ...context, input: inputs.forecasts(i) })),
  });
  await writeInChunks(tx, BULK.reports, {
    count: document.reports.length,
    inputAt: inputs.reports,
    context,
    one: (i) => writing("reports", i, () => RECORD_WRITES.progressReport.create(tx, { ...context, input: inputs.reports(i) })),
  });
  await writeInChunks(tx, BULK.events, {
    count: document.events.length,
    inputAt: inputs.events,
    context,
    one: (i) => writing("events", i, () => RECORD_WRITES.event.create(tx, { ...context, input: inputs.events(i) })),
  });
  await writeInChunks(tx, BULK.facts, {
    count: document.facts.length,
    inputAt: inputs.facts,
    context,
    one: (i) => writing("facts", i, () => RECORD_WRITES.fact.create(tx, { ...context, input: inputs.facts(i) })),
  });

  const counts = Object.fromEntries(Object.keys(FORMS).map((list) => [list, document[list as FileList].length])) as ImportCounts;
  return { slug: project.slug, counts };
}
