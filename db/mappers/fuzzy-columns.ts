/*
 * A fuzzy date is stored as three columns named after its field: `<field>Earliest`,
 * `<field>Latest` and `<field>Text` (see db/schema.ts). These turn one into the other.
 */
import { toFuzzyDate, type FuzzyDate } from "../domain/fuzzy-date";

type Columns<N extends string, V> = { [K in `${N}Earliest` | `${N}Latest` | `${N}Text`]: V };

export function fuzzyColumns<N extends string>(field: N, date: FuzzyDate): Columns<N, string> {
  return { [`${field}Earliest`]: date.earliest, [`${field}Latest`]: date.latest, [`${field}Text`]: date.text } as Columns<N, string>;
}

/** An optional date: three nulls when there is none. */
export function optionalFuzzyColumns<N extends string>(field: N, date: FuzzyDate | null): Columns<N, string | null> {
  return date ? fuzzyColumns(field, date) : ({ [`${field}Earliest`]: null, [`${field}Latest`]: null, [`${field}Text`]: null } as Columns<N, null>);
}

export function fuzzyOf<N extends string>(row: Columns<N, string>, field: N): FuzzyDate {
  return toFuzzyDate(row[`${field}Earliest`], row[`${field}Latest`], row[`${field}Text`]);
}

export function optionalFuzzyOf<N extends string>(row: Columns<N, string | null>, field: N): FuzzyDate | null {
  const earliest = row[`${field}Earliest`];
  const latest = row[`${field}Latest`];
  return earliest && latest ? toFuzzyDate(earliest, latest, row[`${field}Text`] ?? "") : null;
}
