/*
 * The project file a share link's reader downloads: the format's fields and nothing else. The
 * file holds no editor identities by design; copying it by this shape (every field declared,
 * checked by the type) makes sure that nothing beyond the format can ever ride along.
 */
import type { ProjectFile } from "../project-file/format";
import { allowlistOf, copyByShape, type PublicShape } from "../records/shape";

const FILE_SHAPE: PublicShape<ProjectFile> = {
  format: true,
  project: { slug: true, name: true, summary: true, location: true, parties: true },
  sources: [{ key: true, outlet: true, title: true, url: true, published: true, kind: true, via: true }],
  milestones: [{ key: true, kind: true, label: true, title: true, planned: true, actual: true, status: true, sources: true }],
  forecasts: [{ key: true, completion: true, derived: { from: true, duration: true }, claimed: true, source: true, accepted: true, note: true }],
  reports: [
    {
      key: true,
      observed: true,
      published: true,
      percent: true,
      measured: { done: true, total: true, unit: true },
      scope: true,
      summary: true,
      source: true,
      evidence: true,
      confidence: true,
    },
  ],
  events: [{ key: true, date: true, title: true, summary: true, category: true, parties: true, source: true }],
  facts: [{ key: true, attribute: true, value: true, unit: true, qualifier: true, asOf: true, source: true }],
};

/** The object keys a shared project file may hold, by position ("" the top level, "[]" any element). */
export const PUBLIC_FILE_ALLOWLIST: Readonly<Record<string, readonly string[]>> = allowlistOf(FILE_SHAPE);

export const toPublicProjectFile = (file: ProjectFile): ProjectFile => copyByShape(file, FILE_SHAPE);
