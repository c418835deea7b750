import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contrast, deltaE, over, parseColour, type Rgba } from "@/tests/support/css-colour";

/*
 * Both palettes of app/styles/base.css, read from the file itself, against WCAG 2.2: text 4.5:1
 * (1.4.3), chart marks 3:1 (1.4.11, graphical objects). Bands are translucent fills behind the
 * lines and carry no meaning alone, so they need not reach 3:1; they must still show: composited
 * over the surface they differ from it by ΔE ≥ 4 (CIE76; 2.3 is the smallest difference seen side
 * by side), and the superseded plans' band, the faintest on purpose, by ΔE ≥ 2.5.
 */
const css = readFileSync(new URL("../../app/styles/base.css", import.meta.url), "utf8");

/** The declarations of the first rule that `pattern` captures the body of. */
function declarations(pattern: RegExp, what: string): Record<string, string> {
  const body = pattern.exec(css)?.[1];
  if (body === undefined) throw new Error(`base.css has no ${what}`);
  return Object.fromEntries([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** `light-dark(a, b)` → [a, b], split at its top-level comma (a colour may hold commas of its own). */
function lightDark(value: string): [string, string] | null {
  const inner = /^light-dark\((.*)\)$/.exec(value)?.[1];
  if (inner === undefined) return null;
  let depth = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === "(") depth++;
    else if (inner[i] === ")") depth--;
    else if (inner[i] === "," && depth === 0) return [inner.slice(0, i).trim(), inner.slice(i + 1).trim()];
  }
  return null;
}

const root = declarations(/(?:^|\n):root\s*\{([^}]*)\}/, ":root block");
const pairs = Object.fromEntries(Object.entries(root).map(([name, value]) => [name, lightDark(value)]));
const palette = (side: 0 | 1) => Object.fromEntries(Object.entries(root).map(([name, value]) => [name, pairs[name]?.[side] ?? value]));
const light = palette(0);
const dark = palette(1);
const isColour = (v: string) => /^(#|rgba?\()/.test(v);
const colourNames = Object.keys(light).filter((k) => isColour(light[k]!));

const THEMES = { light, dark };

const TEXT = ["--text", "--muted", "--accent"];
const TEXT_BACKGROUNDS = ["--bg", "--surface", "--surface-muted"];
const STATUSES = ["--ok", "--info", "--warn", "--bad", "--none"];
/** Lines, points and shapes that carry meaning. Every evidence shape is drawn in --reported. */
const MARKS = ["--planned", "--planned-base", "--reported", "--event", "--milestone", "--today", "--window-edge", "--axis", "--focus"];
/** Series a reader tells apart by colour as well as by shape or dash. */
const SERIES = ["--planned", "--planned-base", "--reported", "--event", "--milestone", "--today", "--window-edge"];
const BANDS: [string, number][] = [["--planned-band", 4], ["--planned-band-base", 4], ["--window", 4], ["--planned-band-past", 2.5]];

describe("the dark palette", () => {
  it("gives every colour a light and a dark value", () => {
    expect(Object.keys(root).filter((k) => isColour(root[k]!) && !pairs[k])).toEqual([]);
    expect(colourNames.length).toBeGreaterThan(30);
  });

  it("is chosen on screens, by the system unless the reader chose light, and by the reader's choice", () => {
    expect(css).toMatch(/(?:^|\n):root\s*\{[^}]*color-scheme:\s*light;/);
    expect(css).toMatch(/@media screen and \(prefers-color-scheme: dark\)\s*\{\s*:root:not\(\[data-theme="light"\]\)\s*\{\s*color-scheme:\s*dark;\s*\}/);
    expect(css).toMatch(/@media screen\s*\{\s*:root\[data-theme="dark"\]\s*\{\s*color-scheme:\s*dark;\s*\}/);
  });
});

describe.each(Object.entries(THEMES))("the %s theme", (_, palette) => {
  const colour = (name: string): Rgba => {
    const value = palette[name];
    if (!value) throw new Error(`${name} is not defined`);
    return parseColour(value);
  };
  const pairs = (fgs: string[], bgs: string[]) => fgs.flatMap((fg) => bgs.map((bg) => [fg, bg] as const));
  const below = (list: (readonly [string, string])[], min: number) =>
    list.map(([fg, bg]) => ({ fg, bg, ratio: +contrast(colour(fg), colour(bg)).toFixed(2) })).filter((r) => r.ratio < min);

  it("has text at 4.5:1 on every background", () => {
    expect(below(pairs(TEXT, TEXT_BACKGROUNDS), 4.5)).toEqual([]);
  });

  it("has each status colour, and the body text, at 4.5:1 on its own background", () => {
    const list = STATUSES.flatMap((s) => [[s, `${s}-bg`], ["--text", `${s}-bg`]] as const);
    expect(below(list, 4.5)).toEqual([]);
  });

  it("has the selected item's text and the primary button's text at 4.5:1", () => {
    expect(below([["--accent", "--accent-soft"], ["--on-accent", "--accent"]], 4.5)).toEqual([]);
  });

  it("has chart marks at 3:1 on the chart's surface and the muted surface", () => {
    expect(below(pairs(MARKS, ["--surface", "--surface-muted"]), 3)).toEqual([]);
  });

  it("keeps the series apart from one another (ΔE ≥ 20)", () => {
    const close = SERIES.flatMap((a, i) => SERIES.slice(i + 1).map((b) => ({ a, b, dE: +deltaE(colour(a), colour(b)).toFixed(1) }))).filter((p) => p.dE < 20);
    expect(close).toEqual([]);
  });

  it("keeps every band visible over the surface", () => {
    const faint = BANDS.map(([band, min]) => ({ band, min, dE: +deltaE(over(colour(band), colour("--surface")), colour("--surface")).toFixed(1) })).filter((b) => b.dE < b.min);
    expect(faint).toEqual([]);
  });
});
