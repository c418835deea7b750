/** Today's calendar day on the server, in UTC: the day every status figure is computed for. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
