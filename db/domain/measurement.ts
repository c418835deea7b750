/*
 * A measured report ("90 m of 300 m") gives its percentage by arithmetic, and the screen shows
 * the arithmetic with it, so a reader can check the figure and see what was measured.
 */
import { formatNumber } from "./units";

export interface MeasurementInput {
  done: number;
  total: number;
  unit: string;
}

// Kept to one decimal, like a reported percentage.
const roundTenth = (n: number) => Math.round(n * 10) / 10;

export function measuredFigure({ done, total, unit }: MeasurementInput): { percent: number; arithmetic: string } {
  const percent = roundTenth((100 * done) / total);
  const u = unit.trim();
  return { percent, arithmetic: `${formatNumber(done)} ${u} of ${formatNumber(total)} ${u} = ${percent}%` };
}
