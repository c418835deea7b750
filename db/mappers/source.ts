import type { SourceData, SourceFields } from "../records/source";
import type { Source } from "../schema";
import { fuzzyColumns, fuzzyOf } from "./fuzzy-columns";

/** The columns a source's fields are stored in. */
export function sourceColumns({ outlet, title, url, published, kind, viaSourceId }: SourceFields) {
  return { outlet, title, url, kind, viaSourceId, ...fuzzyColumns("published", published) };
}

export function toSourceData(row: Source): SourceData {
  const { id, outlet, title, url, kind, viaSourceId, version } = row;
  return { id, outlet, title, url, kind, viaSourceId, version, published: fuzzyOf(row, "published") };
}
