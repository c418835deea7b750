import type { FactData, FactFields } from "../records/fact";
import type { ProjectFact } from "../schema";
import { optionalFuzzyColumns, optionalFuzzyOf } from "./fuzzy-columns";

/** The columns a project fact's fields are stored in. */
export function factColumns({ attribute, value, unit, qualifier, asOf, sourceId }: FactFields) {
  return { attribute, valueLow: value.low, valueHigh: value.high, unit, qualifier, sourceId, ...optionalFuzzyColumns("asOf", asOf) };
}

export function toFactData(row: ProjectFact): FactData {
  const { id, attribute, unit, qualifier, sourceId, version } = row;
  return { id, attribute, value: { low: row.valueLow, high: row.valueHigh }, unit, qualifier, asOf: optionalFuzzyOf(row, "asOf"), sourceId, version };
}
