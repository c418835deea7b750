/* Days and vague dates in words, the same on the server and in every browser. */
import { formatFuzzyDate, formatWindow } from "./fuzzy-date";

interface Window {
  earliest: string;
  latest: string;
}

/** "2025-04-30" → "30 Apr 2025". */
export function formatDay(iso: string): string {
  return formatWindow({ earliest: iso, latest: iso });
}

/** The wording, followed by the window it stands for when that is not already plain: "mid-2026 (1 May – 31 Aug 2026)". */
export function formatFuzzyWithWindow(d: Window & { text: string }): string {
  const shown = formatFuzzyDate(d);
  const window = formatWindow(d);
  return shown === window ? shown : `${shown} (${window})`;
}
