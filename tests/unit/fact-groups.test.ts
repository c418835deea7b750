import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONFLICT_RULE, FACT_TOLERANCE, attributeKey, groupFacts, type FactLike } from "@/db/domain/fact-groups";

let nextId = 0;
function fact(attribute: string, low: number, unit: string | null, more: Partial<FactLike> & { high?: number } = {}): FactLike {
  const { high = low, ...rest } = more;
  nextId += 1;
  return {
    id: `f${nextId}`,
    attribute,
    value: { low, high },
    unit,
    qualifier: null,
    asOf: null,
    sourceId: `s${nextId}`,
    ...rest,
  };
}

const conflictsOf = (...facts: FactLike[]) => {
  const groups = groupFacts(facts);
  expect(groups).toHaveLength(1);
  return groups[0]?.conflicts ?? [];
};

describe("attributeKey", () => {
  it("ignores case, surrounding space and repeated spaces, and keeps plurals", () => {
    expect(attributeKey("Length ")).toBe("length");
    expect(attributeKey("  Main   Span\tLength")).toBe("main span length");
    expect(attributeKey("Lanes")).toBe("lanes");
  });
});

describe("groupFacts", () => {
  it("groups by attribute in order of first appearance, keeping the order of facts", () => {
    const a = fact("Length ", 1, "km");
    const b = fact("cost", 18, "million USD");
    const c = fact("length", 1, "km");
    const d = fact("LENGTH", 1000, "m");
    const groups = groupFacts([a, b, c, d]);
    expect(groups.map((g) => [g.key, g.attribute, g.facts.map((f) => f.id)])).toEqual([
      ["length", "Length", [a.id, c.id, d.id]],
      ["cost", "cost", [b.id]],
    ]);
    expect(groups.every((g) => g.conflicts.length === 0 && g.conflicting.length === 0)).toBe(true);
  });

  it("returns no groups for no facts, and keeps the caller's fact objects", () => {
    expect(groupFacts([])).toEqual([]);
    const extended = { ...fact("width", 14, "m"), headline: "Bridge is 14 m wide" };
    expect(groupFacts([extended])[0]?.facts[0]).toBe(extended);
  });
});

describe("conflicts", () => {
  it("flags 1 km against 1.2 km, in words and in metres", () => {
    const a = fact("length", 1, "km");
    const b = fact("length", 1.2, "km");
    const [group] = groupFacts([a, b]);
    expect(group?.conflicts).toEqual([
      { a: a.id, b: b.id, kind: "disagree", reason: "1 km against 1.2 km (1,000 m against 1,200 m)" },
    ]);
    expect(group?.conflicting).toEqual([a.id, b.id]);
  });

  it("does not repeat amounts already in the base unit", () => {
    expect(conflictsOf(fact("length", 900, "m"), fact("length", 1200, "metres"))[0]?.reason).toBe("900 m against 1,200 m");
  });

  it("agrees when units differ but amounts match", () => {
    expect(conflictsOf(fact("length", 1.2, "km"), fact("length", 1200, "m"))).toEqual([]);
    expect(conflictsOf(fact("area", 1, "km²"), fact("area", 100, "hectares"))).toEqual([]);
    expect(conflictsOf(fact("cost", 18, "million USD"), fact("cost", 18_000_000, "$"))).toEqual([]);
  });

  it("allows for rounding in conversions, and no more", () => {
    expect(FACT_TOLERANCE).toBe(0.01);
    expect(conflictsOf(fact("length", 1.2, "km"), fact("length", 1205, "m"))).toEqual([]);
    expect(conflictsOf(fact("length", 1000, "ft"), fact("length", 305, "m"))).toEqual([]);
    expect(conflictsOf(fact("length", 1.2, "km"), fact("length", 1250, "m"))).toHaveLength(1);
  });

  it("agrees when ranges overlap", () => {
    expect(conflictsOf(fact("length", 1.1, "km", { high: 1.3 }), fact("length", 1.25, "km"))).toEqual([]);
    const [conflict] = conflictsOf(fact("length", 1.1, "km", { high: 1.3 }), fact("length", 1.5, "km"));
    expect(conflict?.reason).toBe("1.1–1.3 km against 1.5 km (1,100–1,300 m against 1,500 m)");
  });

  it("does not compare facts with different qualifiers", () => {
    const main = fact("length", 0.35, "km", { qualifier: "main span" });
    const whole = fact("length", 1, "km", { qualifier: "with approaches" });
    expect(conflictsOf(main, whole)).toEqual([]);
  });

  it("compares qualifiers ignoring case and space, and a fact without one with any", () => {
    const a = fact("length", 1, "km", { qualifier: "Main span" });
    const b = fact("length", 1.2, "km", { qualifier: " main  SPAN " });
    expect(conflictsOf(a, b)).toHaveLength(1);
    const plain = fact("length", 1.2, "km");
    expect(conflictsOf(a, plain).map((c) => [c.a, c.b])).toEqual([[a.id, plain.id]]);
    expect(conflictsOf(fact("length", 1.2, "km", { qualifier: " " }), a)).toHaveLength(1);
  });

  it("calls units of different dimensions incomparable", () => {
    const a = fact("length", 1, "km");
    const b = fact("length", 18, "USD");
    expect(conflictsOf(a, b)).toEqual([{ a: a.id, b: b.id, kind: "incomparable", reason: "km cannot be compared with USD" }]);
    expect(conflictsOf(fact("cost", 18, "USD"), fact("cost", 18, "EUR"))[0]?.kind).toBe("incomparable");
    expect(conflictsOf(fact("lanes", 4, null), fact("lanes", 4, "lanes"))[0]?.reason).toBe(
      "a number without a unit cannot be compared with lanes",
    );
  });

  it("compares counted words in the singular and plural", () => {
    expect(conflictsOf(fact("lanes", 2, "lanes"), fact("lanes", 2, "lane"))).toEqual([]);
    expect(conflictsOf(fact("lanes", 2, "lanes"), fact("lanes", 4, "Lanes"))[0]?.reason).toBe("2 lanes against 4 Lanes");
  });

  it("reports each pair once, the earlier fact first", () => {
    const a = fact("length", 1, "km");
    const b = fact("length", 1000, "m");
    const c = fact("length", 1.2, "km");
    const [group] = groupFacts([a, b, c]);
    expect(group?.conflicts.map((x) => [x.a, x.b])).toEqual([
      [a.id, c.id],
      [b.id, c.id],
    ]);
    expect(group?.conflicting).toEqual([a.id, b.id, c.id]);
  });

  it("states the rule for readers without merging values", () => {
    expect(CONFLICT_RULE).toContain("1%");
    expect(CONFLICT_RULE).toMatch(/never merged/);
  });

  it("property: the same conflicts are found whatever the input order", () => {
    const arbitraryFact = fc.record({
      attribute: fc.constantFrom("length", "Length ", "cost"),
      low: fc.constantFrom(0, 1, 1.2, 1000, 1200, 18),
      spread: fc.constantFrom(0, 0.1, 300),
      unit: fc.constantFrom("km", "m", "ft", "USD", "million USD", "lanes", "lane", null),
      qualifier: fc.constantFrom(null, "", "main span", "Main Span ", "with approaches"),
    });
    const pairs = (facts: FactLike[]) =>
      groupFacts(facts)
        .flatMap((g) => g.conflicts.map((c) => `${[c.a, c.b].sort().join("|")}:${c.kind}`))
        .sort();
    const ids = (facts: FactLike[]) => groupFacts(facts).flatMap((g) => g.conflicting).sort();
    const listAndShuffled = fc.array(arbitraryFact, { maxLength: 8 }).chain((specs) => {
      const facts = specs.map((s, i) => ({
        ...fact(s.attribute, s.low, s.unit, { high: s.low + s.spread, qualifier: s.qualifier }),
        id: `p${i}`,
      }));
      return fc.tuple(fc.constant(facts), fc.shuffledSubarray(facts, { minLength: facts.length }));
    });
    fc.assert(
      fc.property(listAndShuffled, ([facts, shuffled]) => {
        expect(ids(shuffled)).toEqual(ids(facts));
        expect(pairs(shuffled)).toEqual(pairs(facts));
      }),
    );
  });
});
