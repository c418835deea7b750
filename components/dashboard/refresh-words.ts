/*
 * The words of a failed refresh: why it failed and how old the figures on screen are. Pure, so
 * the message a reader sees is specified by tests/unit/refresh-words.test.ts.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

/**
 * How long ago, in words, rounded down to a whole unit. Under a minute it stays one phrase, so
 * a live region is not re-announced every few seconds while a refresh keeps failing.
 */
export function ageInWords(ms: number): string {
  if (!(ms >= MINUTE)) return "less than a minute";
  if (ms < HOUR) return count(Math.floor(ms / MINUTE), "minute");
  if (ms < DAY) return count(Math.floor(ms / HOUR), "hour");
  return count(Math.floor(ms / DAY), "day");
}

/** Why a refresh failed, for a reader: the HTTP status of the answer, or null when none came. */
export function refreshFailureReason(status: number | null): string {
  if (status === null) return "the server could not be reached";
  if (status === 401) return "you are no longer signed in";
  if (status === 403) return "this view is no longer allowed";
  if (status === 404) return "this dashboard is no longer available";
  if (status === 429) return "too many requests were made, so the server is waiting before it answers again";
  if (status >= 500) return "the server had a problem";
  return `the server refused the request (HTTP ${status})`;
}

/** The whole message, as the dashboard shows it while its last refresh has failed. */
export function refreshFailureMessage({ status, ageMs }: { status: number | null; ageMs: number }): string {
  return `Could not refresh: ${refreshFailureReason(status)}. Showing data from ${ageInWords(ageMs)} ago.`;
}
