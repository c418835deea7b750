/*
 * Synthetic project files for the scale benchmark, in the `bridgewatch/1` format: one large
 * project (10,000 reports, 5,000 events, 200 forecasts, 500 facts and the sources they cite)
 * and 200 small ones. Made up, deterministic (one seeded generator), and named as synthetic in
 * every slug, name and outlet, so nothing here can pass for a real record. Never seeded into a
 * real data folder: only the benchmark imports it, into a throwaway one.
 *
 *   npx tsx tests/bench/synthetic-project.ts OUT_DIR   writes large.json and small-001.json ...
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FORMAT, type ProjectFile } from "../../db/project-file/format";
import { CONFIDENCE, EVENT_CATEGORY, SOURCE_KIND } from "../../db/records/vocabulary";

export const LARGE_COUNTS = { sources: 400, reports: 10_000, events: 5_000, forecasts: 200, facts: 500 } as const;
export const SMALL_PROJECTS = 200;
export const LARGE_SLUG = "synthetic-benchmark-large";

/** mulberry32: small, fast and the same on every machine for a seed. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, int, pick };
}
type Random = ReturnType<typeof seeded>;

const pad = (n: number) => String(n).padStart(2, "0");
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2016, 0, 1);
const LAST_DAY = Date.UTC(2026, 10, 30);
const SPAN_DAYS = (LAST_DAY - FIRST_DAY) / DAY_MS;

/** The ISO day `offset` days after the first day of the synthetic record. */
function isoDay(offset: number): string {
  return new Date(FIRST_DAY + Math.min(SPAN_DAYS, Math.max(0, offset)) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A date as people write it, at a precision chosen at random: mostly days and months, some
 * quarters, years, thirds, approximations and ranges, so the chart and the tables meet them all.
 */
function fuzzyWording(random: Random, offset: number): string {
  const day = isoDay(offset);
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  const roll = random.next();
  if (roll < 0.45) return day;
  if (roll < 0.7) return day.slice(0, 7);
  if (roll < 0.78) return `Q${Math.ceil(m / 3)} ${y}`;
  if (roll < 0.83) return `${m <= 4 ? "early" : m <= 8 ? "mid" : "late"} ${y}`;
  if (roll < 0.88) return `${day.slice(0, 7)}~`;
  if (roll < 0.92) return `${day}?`;
  if (roll < 0.96 && m < 12) return `${day.slice(0, 7)}/${y}-${pad(m + 1)}`;
  return String(y);
}

const PARTIES = ["Party A (synthetic)", "Party B (synthetic)", "Party C (synthetic)"];
const PARTS = ["main span", "north approach", "south approach", "customs area"];
const UNITS = { "main span": "m", "north approach": "m", "south approach": "m", "customs area": "buildings" } as const;
const ATTRIBUTES = [
  { attribute: "length", unit: "km", low: 0.8, high: 2.4 },
  { attribute: "width", unit: "m", low: 12, high: 30 },
  { attribute: "lanes", unit: null, low: 2, high: 6 },
  { attribute: "cost", unit: "USD million", low: 80, high: 400 },
];

function largeProject(): ProjectFile {
  const random = seeded(20261202);
  const { int, pick, next } = random;
  const sources = Array.from({ length: LARGE_COUNTS.sources }, (_, i) => ({
    key: `s${i}`,
    outlet: `Synthetic Outlet ${i % 40}`,
    title: `Synthetic benchmark source ${i}`,
    url: next() < 0.6 ? `https://synthetic.example/source/${i}` : null,
    published: fuzzyWording(random, Math.floor((i / LARGE_COUNTS.sources) * SPAN_DAYS)),
    kind: pick(SOURCE_KIND.values),
    // Some carried by an earlier source (a wire story run by a paper).
    via: i > 10 && next() < 0.1 ? `s${int(0, i - 1)}` : null,
  }));
  const source = () => `s${int(0, LARGE_COUNTS.sources - 1)}`;
  const milestones = [
    { key: "m0", kind: "announcement", label: null, title: "Synthetic announcement", planned: null, actual: "2016-03-15", status: "complete", sources: ["s0"] },
    { key: "m1", kind: "construction_start", label: null, title: "Synthetic construction start", planned: "2016", actual: "2016-06", status: "complete", sources: ["s1", "s2"] },
    { key: "m2", kind: "structural", label: "foundations laid", title: "Synthetic foundations", planned: "2018", actual: "mid-2019", status: "complete", sources: ["s3"] },
    { key: "m3", kind: "structural", label: "spans joined", title: "Synthetic spans joined", planned: "2021", actual: null, status: "delayed", sources: ["s4"] },
    { key: "m4", kind: "completion", label: null, title: "Synthetic completion", planned: "end of 2027", actual: null, status: "pending", sources: ["s5"] },
  ];
  const forecasts = Array.from({ length: LARGE_COUNTS.forecasts }, (_, i) => {
    const claimedOffset = Math.floor((i / LARGE_COUNTS.forecasts) * SPAN_DAYS);
    const base = {
      key: `f${i}`,
      claimed: fuzzyWording(random, claimedOffset),
      source: source(),
      accepted: next() < 0.7,
      note: next() < 0.3 ? `Synthetic note ${i}` : null,
    };
    if (i > 0 && next() < 0.15) return { ...base, completion: null, derived: { from: "m1", duration: `P${int(3, 12)}Y` } };
    // The claimed completion drifts later as the record goes on.
    const year = 2020 + Math.floor(i / 25) + int(0, 1);
    return { ...base, completion: pick([`${year}`, `end of ${year}`, `Q${int(1, 4)} ${year}`, `mid-${year}`]), derived: null };
  });
  const reports = Array.from({ length: LARGE_COUNTS.reports }, (_, i) => {
    const offset = Math.floor((i / LARGE_COUNTS.reports) * SPAN_DAYS);
    const roll = next();
    const trend = Math.min(100, (offset / SPAN_DAYS) * 80);
    // Mostly figures near the trend, now and then an outlier far from it.
    const percent = Math.round(Math.min(100, Math.max(0, trend + (next() < 0.02 ? int(-60, 60) : int(-5, 5)))) * 10) / 10;
    const scope = roll < 0.7 ? null : pick(PARTS);
    const whole = scope === null;
    const measured =
      !whole && roll < 0.9 ? { done: int(0, 300), total: 300, unit: UNITS[scope as keyof typeof UNITS] } : null;
    const qualitative = whole && roll > 0.62;
    return {
      key: `r${i}`,
      observed: fuzzyWording(random, offset),
      published: next() < 0.5 ? isoDay(offset + int(31, 120)) : null,
      percent: whole && !qualitative ? percent : null,
      measured,
      scope,
      summary: `Synthetic report ${i}`,
      source: source(),
      evidence: pick(SOURCE_KIND.values),
      confidence: pick(CONFIDENCE.values),
    };
  });
  const events = Array.from({ length: LARGE_COUNTS.events }, (_, i) => ({
    key: `e${i}`,
    date: fuzzyWording(random, int(0, SPAN_DAYS)),
    title: `Synthetic event ${i}`,
    summary: next() < 0.5 ? `Synthetic event summary ${i}` : null,
    category: pick(EVENT_CATEGORY.values),
    parties: PARTIES.slice(0, int(0, PARTIES.length)),
    source: source(),
  }));
  const facts = Array.from({ length: LARGE_COUNTS.facts }, (_, i) => {
    const a = pick(ATTRIBUTES);
    const low = Math.round((a.low + next() * (a.high - a.low)) * 10) / 10;
    return {
      key: `x${i}`,
      attribute: a.attribute,
      value: next() < 0.2 ? ([low, Math.round((low + a.low) * 10) / 10] as [number, number]) : low,
      unit: a.unit,
      qualifier: next() < 0.2 ? "synthetic qualifier" : null,
      asOf: next() < 0.7 ? fuzzyWording(random, int(0, SPAN_DAYS)) : null,
      source: source(),
    };
  });
  return {
    format: FORMAT,
    project: {
      slug: LARGE_SLUG,
      name: "Synthetic benchmark project (large, not real)",
      summary: "Generated by tests/bench/synthetic-project.ts for the scale benchmark. Every record is made up.",
      location: "Nowhere (synthetic)",
      parties: PARTIES,
    },
    sources,
    milestones,
    forecasts,
    reports,
    events,
    facts,
  } as ProjectFile;
}

/** A small synthetic project: a handful of each record, enough for the list's status. */
function smallProject(n: number): ProjectFile {
  const random = seeded(1000 + n);
  const { int, pick } = random;
  const start = int(0, SPAN_DAYS - 800);
  const id = String(n).padStart(3, "0");
  const sources = Array.from({ length: 3 }, (_, i) => ({
    key: `s${i}`,
    outlet: `Synthetic Outlet ${i}`,
    title: `Synthetic source ${i} of small project ${id}`,
    url: null,
    published: fuzzyWording(random, start + i * 30),
    kind: pick(SOURCE_KIND.values),
    via: null,
  }));
  return {
    format: FORMAT,
    project: {
      slug: `synthetic-small-${id}`,
      name: `Synthetic benchmark project ${id} (not real)`,
      summary: "Generated for the scale benchmark. Every record is made up.",
      location: "Nowhere (synthetic)",
      parties: [],
    },
    sources,
    milestones: [
      { key: "m0", kind: "construction_start", label: null, title: "Synthetic start", planned: null, actual: isoDay(start), status: "complete", sources: ["s0"] },
      { key: "m1", kind: "completion", label: null, title: "Synthetic completion", planned: String(2025 + int(0, 3)), actual: null, status: "pending", sources: ["s1"] },
    ],
    forecasts: [
      { key: "f0", completion: String(2025 + int(0, 3)), derived: null, claimed: isoDay(start), source: "s0", accepted: true, note: null },
      { key: "f1", completion: `end of ${2026 + int(0, 3)}`, derived: null, claimed: isoDay(start + 200), source: "s1", accepted: true, note: null },
    ],
    reports: Array.from({ length: 5 }, (_, i) => ({
      key: `r${i}`,
      observed: fuzzyWording(random, start + i * 120),
      published: null,
      percent: i * 15,
      measured: null,
      scope: null,
      summary: `Synthetic report ${i}`,
      source: pick(["s0", "s1", "s2"]),
      evidence: pick(SOURCE_KIND.values),
      confidence: pick(CONFIDENCE.values),
    })),
    events: Array.from({ length: 3 }, (_, i) => ({
      key: `e${i}`,
      date: fuzzyWording(random, start + i * 90),
      title: `Synthetic event ${i}`,
      summary: null,
      category: pick(EVENT_CATEGORY.values),
      parties: [],
      source: "s2",
    })),
    facts: [{ key: "x0", attribute: "length", value: int(1, 30) / 10, unit: "km", qualifier: null, asOf: null, source: "s0" }],
  } as ProjectFile;
}

export interface SyntheticFiles {
  large: string;
  small: string[];
}

/** Writes the large file and the small ones into `dir`; returns their paths. */
export function writeSyntheticFiles(dir: string): SyntheticFiles {
  fs.mkdirSync(dir, { recursive: true });
  const large = path.join(dir, "large.json");
  fs.writeFileSync(large, JSON.stringify(largeProject()));
  const small = Array.from({ length: SMALL_PROJECTS }, (_, i) => {
    const file = path.join(dir, `small-${String(i + 1).padStart(3, "0")}.json`);
    fs.writeFileSync(file, JSON.stringify(smallProject(i + 1)));
    return file;
  });
  return { large, small };
}

export { largeProject, smallProject };

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("Usage: npx tsx tests/bench/synthetic-project.ts OUT_DIR");
    process.exit(2);
  }
  const { large, small } = writeSyntheticFiles(dir);
  console.log(`Wrote ${large} and ${small.length} small project files (synthetic, not real).`);
}
