/*
 * What is wrong with a project file, each problem named by where it sits in the file, in the
 * file's own words: `reports[3].observed: Cannot read "soon" as a date. …`.
 */
import type { z } from "zod";
import { FILE_LIST_NAMES, FILE_LISTS, fileProjectSchema, type FileList } from "./format";

export type FilePath = readonly (string | number)[];

export interface FileIssue {
  path: FilePath;
  message: string;
}

/** A file that cannot be imported, with every problem found in it; nothing was written. */
export class ProjectFileError extends Error {
  constructor(readonly issues: string[]) {
    super(`The project file was not imported (${issues.length === 1 ? "1 problem" : `${issues.length} problems`}):\n${issues.join("\n")}`);
    this.name = "ProjectFileError";
  }
}

/** `reports[3].measured.done`; the document itself is `file`. */
export function pathText(path: FilePath): string {
  if (path.length === 0) return "file";
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`)).join("");
}

export const issueText = ({ path, message }: FileIssue) => `${pathText(path)}: ${message}`;

/**
 * Zod's issues as the file's: one per unknown field; a closed list's values after its message.
 * `rename` turns an issue's path (a form's field names) into the file's, or drops it (null).
 */
export function fromZod(
  issues: readonly z.core.$ZodIssue[],
  at: FilePath,
  rename: (path: FilePath) => FilePath | null = (path) => path,
): FileIssue[] {
  const out: FileIssue[] = [];
  for (const issue of issues) {
    const path = rename(issue.path as FilePath);
    if (path === null) continue;
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) out.push({ path: [...at, ...path, key], message: "unknown field" });
    } else if (issue.code === "invalid_value" && issue.values.length > 1) {
      out.push({ path: [...at, ...path], message: `${issue.message} Expected one of: ${issue.values.join(", ")}.` });
    } else {
      out.push({ path: [...at, ...path], message: issue.message });
    }
  }
  return out;
}

const RANK = ["format", "project", ...FILE_LIST_NAMES] as const;
const rankOf = (part: string | number | undefined) => {
  const i = (RANK as readonly unknown[]).indexOf(part);
  return i === -1 ? RANK.length : i;
};
const indexOf = (part: string | number | undefined) => (typeof part === "number" ? part : -1);

/** The place of the field in its record, as the file writes them; unknown fields last. */
function fieldRankOf(path: FilePath): number {
  const [list, index, field] = path;
  const shape = list === "project" ? fileProjectSchema.shape : FILE_LISTS[list as FileList]?.shape;
  if (!shape) return 0;
  const fields = Object.keys(shape);
  const i = fields.indexOf(String(list === "project" ? index : field));
  return i === -1 ? fields.length : i;
}

/** In the order of the file: the project, then each list by record and field; each problem once. */
export function issueLines(issues: readonly FileIssue[]): string[] {
  const sorted = [...issues].sort(
    (a, b) =>
      rankOf(a.path[0]) - rankOf(b.path[0]) ||
      indexOf(a.path[1]) - indexOf(b.path[1]) ||
      fieldRankOf(a.path) - fieldRankOf(b.path),
  );
  return [...new Set(sorted.map(issueText))];
}
