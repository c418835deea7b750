/*
 * Project facts grouped by attribute, with the pairs that disagree. Outlets often give one
 * attribute different values (one says a bridge is 1 km long, another 1.2 km); a reader should
 * see both, side by side, with their sources. So values are never merged, averaged or voted
 * into a "consensus value": a group only lists its facts and says which pairs conflict.
 *
 * The rule (CONFLICT_RULE says it to readers):
 * - Two facts of one attribute are compared when their qualifiers match (ignoring case and
 *   spacing) or when either has none. "Main span" and "with approaches" measure different
 *   things, so facts with different qualifiers are never compared.
 * - Compared facts whose units are of different dimensions (m and USD, km and lanes, USD and
 *   RUB) are `incomparable`.
 * - Otherwise both ranges are converted to the base unit and each is widened on both sides by
 *   FACT_TOLERANCE of its own magnitude, to absorb rounding in conversions ("1.2 km" against
 *   "1,205 m"). Ranges that then overlap agree; ranges that do not `disagree`.
 * - Each unordered pair is reported once, the earlier fact in list order as `a`.
 *
 * The as-of date takes no part: a figure that changed over time still reads as a conflict, and
 * the dates shown beside it let the reader judge.
 */

import { formatValue, readUnit, toBase, type UnitInfo } from "./units";

export interface FactLike {
  id: string;
  attribute: string;
  value: { low: number; high: number };
  unit: string | null;
  qualifier: string | null;
  asOf: { earliest: string; latest: string; text: string } | null;
  sourceId: string;
}

export interface FactConflict {
  a: string;
  b: string;
  /** words: "1 km against 1.2 km (1,000 m against 1,200 m)" or "km cannot be compared with USD" */
  reason: string;
  kind: "disagree" | "incomparable";
}

export interface FactGroup<F extends FactLike> {
  key: string;
  /** the attribute as first written (by list order) */
  attribute: string;
  facts: F[];
  /** The pairs that conflict, spelled out: all of them, or the first `listed` (groupFacts). */
  conflicts: FactConflict[];
  /** How many pairs conflict in all. */
  conflictCount: number;
  /** ids of facts that take part in a conflict */
  conflicting: string[];
}

export const FACT_TOLERANCE = 0.01;

export const CONFLICT_RULE =
  `Two facts about the same attribute are compared unless they carry different qualifiers ` +
  `(such as "main span" and "with approaches"), which describe different things. They conflict ` +
  `when their units cannot be compared, or when their values, converted to one unit, are further ` +
  `apart than a ${FACT_TOLERANCE * 100}% allowance for rounding; conflicting facts are shown side ` +
  `by side, never merged into one value.`;

const tidy = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

export const attributeKey = (attribute: string): string => tidy(attribute);

const qualifiersCompare = (a: string | null, b: string | null) => {
  const qa = tidy(a ?? "");
  const qb = tidy(b ?? "");
  return qa === "" || qb === "" || qa === qb;
};

const unitName = (unit: UnitInfo) => unit.display || "a number without a unit";

function widened({ low, high }: { low: number; high: number }, unit: UnitInfo): [number, number] {
  const lo = toBase(low, unit);
  const hi = toBase(high, unit);
  return [lo - Math.abs(lo) * FACT_TOLERANCE, hi + Math.abs(hi) * FACT_TOLERANCE];
}

type Verdict = { kind: FactConflict["kind"]; ua: UnitInfo; ub: UnitInfo } | null;

function judge(a: FactLike, b: FactLike, unitOf: (f: FactLike) => UnitInfo): Verdict {
  if (!qualifiersCompare(a.qualifier, b.qualifier)) return null;
  const ua = unitOf(a);
  const ub = unitOf(b);
  if (ua.dimension !== ub.dimension) return { kind: "incomparable", ua, ub };
  const [aLow, aHigh] = widened(a.value, ua);
  const [bLow, bHigh] = widened(b.value, ub);
  return aLow <= bHigh && bLow <= aHigh ? null : { kind: "disagree", ua, ub };
}

function describe(a: FactLike, b: FactLike, { kind, ua, ub }: NonNullable<Verdict>): FactConflict {
  if (kind === "incomparable") {
    return { a: a.id, b: b.id, kind, reason: `${unitName(ua)} cannot be compared with ${unitName(ub)}` };
  }
  const written = `${formatValue(a.value, a.unit)} against ${formatValue(b.value, b.unit)}`;
  // Amounts already in the base unit say the same thing twice; converted ones show the comparison.
  const inBase = (f: FactLike, u: UnitInfo) =>
    formatValue({ low: toBase(f.value.low, u), high: toBase(f.value.high, u) }, u.base);
  const converted = ua.toBase !== 1 || ub.toBase !== 1 ? ` (${inBase(a, ua)} against ${inBase(b, ub)})` : "";
  return { a: a.id, b: b.id, kind, reason: written + converted };
}

/**
 * `listed` caps the conflicts each group spells out (a group of n facts can hold n²/2 pairs);
 * every pair is still compared, so `conflictCount` and `conflicting` are whole.
 */
export function groupFacts<F extends FactLike>(facts: readonly F[], { listed = Infinity }: { listed?: number } = {}): FactGroup<F>[] {
  const groups = new Map<string, FactGroup<F>>();
  for (const fact of facts) {
    const key = attributeKey(fact.attribute);
    const group = groups.get(key);
    if (group) group.facts.push(fact);
    else groups.set(key, { key, attribute: fact.attribute.trim(), facts: [fact], conflicts: [], conflictCount: 0, conflicting: [] });
  }
  // Every pair is compared: each fact's unit is read once, not once per pair.
  const units = new Map(facts.map((f) => [f, readUnit(f.unit)]));
  const unitOf = (f: FactLike) => units.get(f as F)!;
  for (const group of groups.values()) {
    const involved = new Set<string>();
    group.facts.forEach((a, i) => {
      for (let j = i + 1; j < group.facts.length; j++) {
        const b = group.facts[j]!;
        const verdict = judge(a, b, unitOf);
        if (!verdict) continue;
        involved.add(a.id).add(b.id);
        group.conflictCount += 1;
        if (group.conflicts.length < listed) group.conflicts.push(describe(a, b, verdict));
      }
    });
    group.conflicting = group.facts.map((f) => f.id).filter((id) => involved.has(id));
  }
  return [...groups.values()];
}
