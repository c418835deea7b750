import type { ForecastData, ForecastFields } from "../records/forecast";
import type { CompletionForecast } from "../schema";
import { fuzzyColumns, fuzzyOf } from "./fuzzy-columns";

/** The columns a completion forecast's fields are stored in. */
export function forecastColumns({ window, claimedOn, sourceId, accepted, note }: ForecastFields) {
  return { claimedOn, sourceId, accepted, note, ...fuzzyColumns("window", window) };
}

export function toForecastData(row: CompletionForecast): ForecastData {
  const { id, claimedOn, sourceId, accepted, note, version } = row;
  return { id, window: fuzzyOf(row, "window"), claimedOn, sourceId, accepted, note, version };
}
