import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, formatValue, readUnit, toBase } from "@/db/domain/units";

const inBase = (value: number, unit: string | null) => toBase(value, readUnit(unit));

describe("readUnit", () => {
  it.each(["m", "metre", "meter", "metres", "Meters", "  M  ", "m."])("reads %j as metres", (unit) => {
    expect(readUnit(unit)).toEqual({ dimension: "length", toBase: 1, base: "m", display: "m" });
  });

  it.each([
    ["km", 1000, "km"],
    ["Kilometres", 1000, "km"],
    ["kilometer", 1000, "km"],
    ["cm", 0.01, "cm"],
    ["millimetres", 0.001, "mm"],
    ["ft", 0.3048, "ft"],
    ["feet", 0.3048, "ft"],
    ["foot", 0.3048, "ft"],
    ["yards", 0.9144, "yd"],
    ["miles", 1609.344, "mi"],
  ])("reads %j as a length of %d m, shown as %s", (unit, factor, display) => {
    expect(readUnit(unit)).toEqual({ dimension: "length", toBase: factor, base: "m", display });
  });

  it("converts feet to metres", () => {
    expect(inBase(1000, "feet")).toBeCloseTo(304.8, 9);
    expect(inBase(1.2, "km")).toBe(1200);
  });

  it("reads areas, volumes, masses and speeds in their base units", () => {
    expect(readUnit("km²")).toEqual({ dimension: "area", toBase: 1e6, base: "m²", display: "km²" });
    expect(readUnit("sq km").display).toBe("km²");
    expect(readUnit("Hectares")).toEqual({ dimension: "area", toBase: 1e4, base: "m²", display: "ha" });
    expect(inBase(1, "km2")).toBe(inBase(100, "ha"));
    expect(readUnit("square metres").display).toBe("m²");
    expect(readUnit("sq. m").display).toBe("m²");
    expect(readUnit("cubic metres")).toEqual({ dimension: "volume", toBase: 1, base: "m³", display: "m³" });
    expect(readUnit("kg")).toEqual({ dimension: "mass", toBase: 0.001, base: "t", display: "kg" });
    expect(readUnit("metric tons").display).toBe("t");
    expect(readUnit("tonnes").dimension).toBe("mass");
    expect(readUnit("kph")).toEqual({ dimension: "speed", toBase: 1, base: "km/h", display: "km/h" });
  });

  it.each([
    ["USD", "USD", 1, "USD"],
    ["$", "USD", 1, "USD"],
    ["US$", "USD", 1, "USD"],
    ["dollars", "USD", 1, "USD"],
    ["million USD", "USD", 1e6, "million USD"],
    ["USD million", "USD", 1e6, "million USD"],
    ["usd mn", "USD", 1e6, "million USD"],
    ["$m", "USD", 1e6, "million USD"],
    ["m $", "USD", 1e6, "million USD"],
    ["thousand euros", "EUR", 1e3, "thousand EUR"],
    ["€bn", "EUR", 1e9, "billion EUR"],
    ["bn RUB", "RUB", 1e9, "billion RUB"],
    ["billion roubles", "RUB", 1e9, "billion RUB"],
    ["mln rubles", "RUB", 1e6, "million RUB"],
    ["₽", "RUB", 1, "RUB"],
    ["yuan", "CNY", 1, "CNY"],
    ["RMB", "CNY", 1, "CNY"],
    ["south korean won", "KRW", 1, "KRW"],
    ["KPW", "KPW", 1, "KPW"],
  ])("reads %j as %s times %d", (unit, code, factor, display) => {
    expect(readUnit(unit)).toEqual({ dimension: `currency:${code}`, toBase: factor, base: code, display });
  });

  it("keeps every currency apart and reads multipliers only next to one", () => {
    expect(readUnit("USD").dimension).not.toBe(readUnit("EUR").dimension);
    expect(readUnit("m").dimension).toBe("length");
    expect(readUnit("million").dimension).toBe("word:million");
    expect(readUnit("million tonnes").dimension).toBe("word:million tonne");
    expect(readUnit("million USD billion").dimension).toBe("word:million usd billion");
  });

  it("treats other words as counted things, with a plural s dropped", () => {
    expect(readUnit("lanes")).toEqual({ dimension: "word:lane", toBase: 1, base: "lane", display: "lanes" });
    expect(readUnit("Lane").dimension).toBe("word:lane");
    expect(readUnit(" Spans ")).toEqual({ dimension: "word:span", toBase: 1, base: "span", display: "Spans" });
    expect(readUnit("bus").dimension).toBe("word:bus");
    expect(readUnit("piers").dimension).not.toBe(readUnit("spans").dimension);
  });

  it("reads a plain won as a word of its own, since it could be either Korea's", () => {
    expect(readUnit("won").dimension).toBe("word:won");
  });

  it.each([null, "", "   "])("reads %j as a plain count", (unit) => {
    expect(readUnit(unit)).toEqual({ dimension: "count", toBase: 1, base: "", display: "" });
  });

  it("reads every base unit back as itself, so amounts can be shown in it", () => {
    const known = ["km", "ft", "ha", "km²", "m³", "kg", "mph", "million USD", "bn RUB", "CNY", "KRW", "KPW", "EUR"];
    for (const unit of known) {
      const { base, dimension } = readUnit(unit);
      expect(readUnit(base)).toMatchObject({ base, dimension, toBase: 1, display: base });
    }
  });
});

describe("formatNumber", () => {
  it.each([
    [1200, "1,200"],
    [1.2, "1.2"],
    [0.35, "0.35"],
    [0.1 + 0.2, "0.3"],
    [1.1 * 1000, "1,100"],
    [18_000_000, "18,000,000"],
    [1234.56789, "1,234.568"],
    [0.0005, "0.0005"],
    [0.000123456, "0.000123"],
    [2, "2"],
    [0, "0"],
    [-0, "0"],
    [-1.5, "-1.5"],
  ])("writes %d as %s", (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  it("property: never more than three decimals at or above 1, and never float noise", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 999 }), (whole, thousandths) => {
        const text = formatNumber(whole + thousandths / 1000);
        expect(text).toMatch(/^\d{1,3}(,\d{3})*(\.\d{1,3})?$/);
        expect(Number(text.replace(/,/g, ""))).toBeCloseTo(whole + thousandths / 1000, 6);
      }),
    );
  });
});

describe("formatValue", () => {
  it.each([
    [{ low: 1.2, high: 1.2 }, "km", "1.2 km"],
    [{ low: 1.1, high: 1.3 }, "kilometres", "1.1–1.3 km"],
    [{ low: 2, high: 2 }, "lanes", "2 lanes"],
    [{ low: 300, high: 300 }, "metres", "300 m"],
    [{ low: 18, high: 18 }, "million USD", "18 million USD"],
    [{ low: 1200, high: 1500 }, "m", "1,200–1,500 m"],
    [{ low: 2, high: 2 }, null, "2"],
    [{ low: 2, high: 4 }, "", "2–4"],
    [{ low: 0.1 + 0.2, high: 0.3 }, "km", "0.3 km"],
  ])("writes %j %j as %s", (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });
});
