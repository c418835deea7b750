import type { SourceData } from "@/db/dashboard-data";
import { SOURCE_KIND } from "@/db/records/vocabulary";

export type SourceIndex = ReadonlyMap<string, SourceData>;

export function indexSources(sources: readonly SourceData[]): SourceIndex {
  return new Map(sources.map((s) => [s.id, s]));
}

/** ", via Example Daily" for a story another outlet carried; "" otherwise. */
export function viaOf(index: SourceIndex, source: SourceData): string {
  if (!source.viaSourceId || source.viaSourceId === source.id) return "";
  const via = index.get(source.viaSourceId);
  return via ? `, via ${via.outlet}` : ", via a source no longer recorded";
}

/** "KCNA (State media)", "Example Wire (Independent media), via Example Daily", or a placeholder if the source was removed since. */
export function citationOf(index: SourceIndex, id: string): string {
  const source = index.get(id);
  return source ? `${source.outlet} (${SOURCE_KIND.labels[source.kind]})${viaOf(index, source)}` : "Unknown source";
}

/** Who said it: "KCNA", or both outlets of a carried story, "Example Wire, via Example Daily". */
export function outletOf(index: SourceIndex, id: string): string {
  const source = index.get(id);
  return source ? `${source.outlet}${viaOf(index, source)}` : "Unknown source";
}
