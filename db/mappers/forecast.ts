import type { ForecastData, ForecastFields } from "../records/forecast";
import type { CompletionForecast } from "../schema";
import { fuzzyColumns, fuzzyOf, optionalFuzzyColumns, optionalFuzzyOf } from "./fuzzy-columns";

/** The columns a completion forecast's fields are stored in. */
export function forecastColumns({ completion, derivedFrom, duration, claimed, sourceId, accepted, note }: ForecastFields) {
  return {
    sourceId,
    accepted,
    note,
    derivedFromMilestoneId: derivedFrom,
    derivedDuration: duration,
    ...optionalFuzzyColumns("window", completion),
    ...fuzzyColumns("claimed", claimed),
  };
}

/** A derived window is left for the dashboard to compute from the milestone (db/dashboard/derive.ts). */
export function toForecastData(row: CompletionForecast): ForecastData {
  const { id, sourceId, accepted, note, version } = row;
  const completion = optionalFuzzyOf(row, "window");
  return {
    id,
    completion,
    derivedFrom: row.derivedFromMilestoneId,
    duration: row.derivedDuration,
    claimed: fuzzyOf(row, "claimed"),
    sourceId,
    accepted,
    note,
    window: completion,
    arithmetic: null,
    version,
  };
}
