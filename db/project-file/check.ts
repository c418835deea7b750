/*
 * Checks a whole project file before anything is written: its format version, its shape (strict:
 * unknown fields are errors), its keys (unique within each list), its references (each resolves;
 * no source carried by itself, directly or around a loop), and every record by its own form's
 * schema, exactly as an editor's form would be checked. Every problem is collected, not just the
 * first, each named by its place in the file.
 */
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { projectSchema, type ProjectFields } from "../records/project";
import { checkAsForm, fileFieldOf, FORMS, type Ids } from "./form-inputs";
import { FILE_LIST_NAMES, FILE_LISTS, fileProjectSchema, FORMAT, projectFileSchema, type FileList, type ProjectFile } from "./format";
import { fromZod, type FileIssue } from "./issues";

export interface CheckedFile {
  issues: FileIssue[];
  /** The document, once it has no problem at all. */
  file: ProjectFile | null;
  /** The project as its schema reads it (trimmed, parties split), when it has no problem. */
  project: ProjectFields | null;
}

type Lists = { [L in FileList]: (z.output<(typeof FILE_LISTS)[L]> | null)[] };
type Keys = Record<FileList, Map<string, number>>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The record as its shape reads it; also when only unknown fields are wrong (those are reported already). */
function readItem<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> | null {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  if (!parsed.error.issues.every((issue) => issue.code === "unrecognized_keys")) return null;
  const copy = structuredClone(raw);
  for (const issue of parsed.error.issues) {
    let node = copy as Record<string | number, unknown>;
    for (const part of issue.path) node = node[part as string] as Record<string, unknown>;
    for (const key of issue.keys) delete node[key];
  }
  const again = schema.safeParse(copy);
  return again.success ? again.data : null;
}

function keysOf(input: Record<string, unknown>, issues: FileIssue[]): Keys {
  const keys = {} as Keys;
  for (const list of FILE_LIST_NAMES) {
    const seen = new Map<string, number>();
    const raw = Array.isArray(input[list]) ? (input[list] as unknown[]) : [];
    raw.forEach((item, i) => {
      const key = isObject(item) ? item.key : undefined;
      if (typeof key !== "string") return;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else issues.push({ path: [list, i, "key"], message: `the key "${key}" is already used by ${list}[${first}]` });
    });
    keys[list] = seen;
  }
  return keys;
}

function checkReferences(lists: Lists, keys: Keys, issues: FileIssue[]) {
  const source = (key: string, path: FileIssue["path"]) => {
    if (!keys.sources.has(key)) issues.push({ path, message: `no source has the key "${key}"` });
  };
  lists.sources.forEach((s, i) => {
    if (s?.via == null) return;
    if (s.via === s.key) issues.push({ path: ["sources", i, "via"], message: "a source cannot be carried by itself" });
    else source(s.via, ["sources", i, "via"]);
  });
  lists.milestones.forEach((m, i) =>
    m?.sources.forEach((key, j) => {
      if (m.sources.indexOf(key) !== j) issues.push({ path: ["milestones", i, "sources", j], message: `the source "${key}" is listed twice` });
      else source(key, ["milestones", i, "sources", j]);
    }),
  );
  lists.forecasts.forEach((f, i) => {
    if (!f) return;
    source(f.source, ["forecasts", i, "source"]);
    if (f.derived && !keys.milestones.has(f.derived.from)) {
      issues.push({ path: ["forecasts", i, "derived", "from"], message: `no milestone has the key "${f.derived.from}"` });
    }
  });
  for (const list of ["reports", "events", "facts"] as const) {
    lists[list].forEach((r, i) => r && source(r.source, [list, i, "source"]));
  }
}

/** Carriers form a chain that must end: a loop (s1 via s2, s2 via s1) is named once, at its first source. */
function checkCarrierLoops(sources: Lists["sources"], keys: Map<string, number>, issues: FileIssue[]) {
  const carrierOf = (i: number) => {
    const via = sources[i]?.via;
    const next = via == null ? undefined : keys.get(via);
    return next === i ? undefined : next;
  };
  /** The chain of carriers from source i, when it comes back to i. */
  const loopFrom = (i: number): number[] | null => {
    const chain = [i];
    for (let next = carrierOf(i); next !== undefined && sources[next]; next = carrierOf(next)) {
      if (next === i) return chain;
      if (chain.includes(next)) return null;
      chain.push(next);
    }
    return null;
  };
  sources.forEach((_, i) => {
    const chain = loopFrom(i);
    if (!chain || Math.min(...chain) !== i) return;
    const names = [...chain, i].map((n) => sources[n]!.key).join(" → ");
    issues.push({ path: ["sources", i, "via"], message: `the sources carry each other in a loop (${names}); one of them must be carried by none` });
  });
}

/** Stand-ins for the rows the keys will become, so the forms' schemas can check every other field. */
function placeholderIds(): Ids {
  const ids = new Map<string, string>();
  const idOf = (key: string) => ids.get(key) ?? ids.set(key, randomUUID()).get(key)!;
  return { source: (key) => idOf(`source:${key}`), milestone: (key) => idOf(`milestone:${key}`) };
}

const CHECKED_SLUG = "project-file";

export function checkProjectFile(input: unknown): CheckedFile {
  const fail = (issue: FileIssue): CheckedFile => ({ issues: [issue], file: null, project: null });
  if (!isObject(input)) return fail({ path: [], message: `expected a JSON object, a "${FORMAT}" project file` });
  if (input.format !== FORMAT) {
    return fail({
      path: ["format"],
      message:
        input.format === undefined
          ? `is required: a project file says "format": "${FORMAT}"`
          : `${JSON.stringify(input.format)} is not a format this version reads; it reads "${FORMAT}"`,
    });
  }

  const issues: FileIssue[] = [];
  const whole = projectFileSchema.safeParse(input);
  if (!whole.success) issues.push(...fromZod(whole.error.issues, []));

  const fileProject = readItem(fileProjectSchema, input.project);
  const project = fileProject ? projectSchema.safeParse(fileProject) : null;
  if (project && !project.success) issues.push(...fromZod(project.error.issues, ["project"]));

  const lists = Object.fromEntries(
    FILE_LIST_NAMES.map((list) => [list, Array.isArray(input[list]) ? (input[list] as unknown[]).map((raw) => readItem(FILE_LISTS[list], raw)) : []]),
  ) as Lists;
  const keys = keysOf(input, issues);
  checkReferences(lists, keys, issues);
  checkCarrierLoops(lists.sources, keys.sources, issues);

  const ids = placeholderIds();
  for (const list of FILE_LIST_NAMES) {
    lists[list].forEach((record, i) => {
      if (!record) return;
      const checked = checkAsForm(list, record as never, ids, CHECKED_SLUG);
      if (!checked.success) issues.push(...fromZod(checked.error.issues, [list, i], fileFieldOf(FORMS[list].renamed)));
    });
  }

  const ok = issues.length === 0 && whole.success && project?.success;
  return { issues, file: ok ? whole.data : null, project: ok ? project.data : null };
}
