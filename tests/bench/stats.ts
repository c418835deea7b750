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
  console.log(`  ${label.padEnd(38)} ${value.padStart(24)}   ${verdict}`);
}
