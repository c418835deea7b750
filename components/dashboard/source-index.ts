import type { SourceData } from "@/db/dashboard-data";
import { SOURCE_KIND } from "@/db/records/vocabulary";

export type SourceIndex = ReadonlyMap<string, SourceData>;

export function indexSources(sources: readonly SourceData[]): SourceIndex {
  return new Map(sources.map((s) => [s.id, s]));
}

/** "KCNA (State media)", or a plain placeholder if the source was removed since. */
export function citationOf(index: SourceIndex, id: string): string {
  const source = index.get(id);
  return source ? `${source.outlet} (${SOURCE_KIND.labels[source.kind]})` : "Unknown source";
}

export function outletOf(index: SourceIndex, id: string): string {
  return index.get(id)?.outlet ?? "Unknown source";
}
