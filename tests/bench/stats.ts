/** Percentiles and the printed lines of the benchmark. */

export interface Summary {
  count: number;
  min: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of ascending samples: the smallest value with at least p % at or below it. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error("percentile of no samples");
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** The middle of the samples: their nearest-rank 50th percentile (the lower middle of an even count). */
export function median(samples: readonly number[]): number {
  return percentile([...samples].sort((a, b) => a - b), 50);
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    min: sorted[0] ?? NaN,
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

export interface Goal {
  met: boolean;
  /** The goal as a reader should see it, e.g. "p50 ≤ 50 ms". */
  text: string;
}

/** Prints one figure; with a goal, says whether it was met. */
export function report(label: string, value: string, goal?: Goal) {
  const verdict = goal ? `${goal.met ? "goal met" : "goal missed"} (${goal.text})` : "no goal";
  console.log(`  ${label.padEnd(44)} ${value.padStart(34)}   ${verdict}`);
}

/**
 * One figure of the run, as printed and as written to the JSON results: its value and unit,
 * the ratio to a reference measured in the same run (a static file, a no-op action...), and
 * the goal it is held to. Keys are stable across commits, so result files can be compared.
 */
export interface Figure {
  key: string;
  label: string;
  value: number;
  unit: "ms" | "req/s" | "KB" | "MB" | "s" | "count" | "ratio" | "points" | "unitless";
  /** value / reference, with what the reference is, e.g. { value: 0.91, of: "static file" }. */
  ratio?: { value: number; of: string };
  goal?: Goal;
}

const figures: Figure[] = [];

const UNIT_TEXT: Record<Figure["unit"], (v: number) => string> = {
  ms: (v) => `${v.toFixed(1)} ms`,
  "req/s": (v) => `${v.toFixed(1)} req/s`,
  KB: (v) => `${v.toFixed(1)} KB`,
  MB: (v) => `${v.toFixed(0)} MB`,
  s: (v) => `${v.toFixed(2)} s`,
  count: (v) => String(Math.round(v)),
  ratio: (v) => `${v.toFixed(2)} ×`,
  points: (v) => `${Math.round(v)} points`,
  unitless: (v) => v.toFixed(3),
};

/** Prints a figure beside its ratio and goal, and keeps it for the JSON results. */
export function figure(f: Figure): Figure {
  figures.push(f);
  const ratio = f.ratio ? `  (${f.ratio.value.toFixed(2)} × ${f.ratio.of})` : "";
  report(f.label, UNIT_TEXT[f.unit](f.value) + ratio, f.goal);
  return f;
}

/** Every figure printed so far, in order. */
export function allFigures(): readonly Figure[] {
  return figures;
}
