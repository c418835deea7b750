/*
 * The "as of" view: what had been published by a day D. Pure and importable by the browser.
 *
 * A record is known as of D only when it had surely been published by D: the last day its
 * publication date can mean is on or before D (db/domain/fuzzy-order.ts, `surelyBy`). So a
 * source published "2025" is known from 31 Dec 2025, one published "2025-05" from 31 May 2025,
 * one published on 30 Apr 2025 from that day.
 * - A source is listed when it was published by D; a source carried `via` another counts the
 *   later of the two publications (it reached readers through the carrier).
 * - A progress report needs its source known, its own `published` date (when set) surely by D,
 *   and its observation begun by D (`observed.earliest <= D`).
 * - A completion forecast needs its source known and its claim surely made by D (`claimed.latest <= D`).
 * - A project fact needs its source known and its as-of date (when set) begun by D.
 * - An event needs its source known and its date begun by D.
 * - A milestone is listed when at least one of its sources is known, citing only the known ones.
 *   Its actual date is kept only when it had surely happened by D (`actual.latest <= D`);
 *   otherwise, as of D, it had not happened yet: the actual date is dropped, a "complete" status
 *   reads "pending" again and its slippage is unknown. Other statuses carry no date, so they stay
 *   as recorded. A milestone's planned date is shown as it stands now: the record keeps no date
 *   for a change of plan. What Bridgewatch held on a day, changes included, is the "as recorded"
 *   view (db/queries/as-recorded.ts).
 */
import { isValidIsoDay } from "../domain/calendar-day";
import { surelyBy } from "../domain/fuzzy-order";
import type { DashboardLists, MilestoneData, SourceData } from "../dashboard-data";

export type AsOfMode = "published" | "recorded";
export const AS_OF_MODES: readonly AsOfMode[] = ["published", "recorded"];

export interface AsOf {
  day: string;
  mode: AsOfMode;
}

const begunBy = (date: { earliest: string }, day: string) => date.earliest <= day;

/** The sources published by `day`, a carried one only when its carrier was too. */
function knownSources(sources: readonly SourceData[], day: string): Set<string> {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const known = new Set<string>();
  for (const s of sources) {
    const via = s.viaSourceId ? byId.get(s.viaSourceId) : undefined;
    if (surelyBy(s.published, day) && (!via || surelyBy(via.published, day))) known.add(s.id);
  }
  return known;
}

function milestoneAsOf(m: MilestoneData, known: Set<string>, day: string): MilestoneData | null {
  const sourceIds = m.sourceIds.filter((id) => known.has(id));
  if (sourceIds.length === 0) return null;
  if (!m.actual || surelyBy(m.actual, day)) return { ...m, sourceIds };
  return { ...m, sourceIds, actual: null, status: m.status === "complete" ? "pending" : m.status, slippage: null };
}

/** The lists as they stood once everything published by `day` (and nothing later) was known. */
export function publishedBy(lists: DashboardLists, day: string): DashboardLists {
  const known = knownSources(lists.sources, day);
  const cited = (r: { sourceId: string }) => known.has(r.sourceId);
  return {
    milestones: lists.milestones.flatMap((m) => milestoneAsOf(m, known, day) ?? []),
    forecasts: lists.forecasts.filter((f) => cited(f) && surelyBy(f.claimed, day)),
    reports: lists.reports.filter(
      (r) => cited(r) && (!r.published || surelyBy(r.published, day)) && begunBy(r.observed, day),
    ),
    events: lists.events.filter((e) => cited(e) && begunBy(e.date, day)),
    sources: lists.sources.filter((s) => known.has(s.id)),
    facts: lists.facts.filter((f) => cited(f) && (!f.asOf || begunBy(f.asOf, day))),
  };
}

export const EARLIEST_AS_OF = "1900-01-01";

export type AsOfParse = { ok: true; asOf: AsOf | null } | { ok: false; message: string };

/**
 * `?asOf=YYYY-MM-DD&mode=published|recorded`, read strictly: a real calendar day from 1900 to
 * `today`, and a known mode. No asOf at all is today's view; a mode without a day is refused.
 */
export function parseAsOf(params: { asOf?: string | null; mode?: string | null }, today: string): AsOfParse {
  const day = params.asOf ?? null;
  const mode = params.mode ?? null;
  if (day === null || day === "") {
    return mode === null || mode === "" ? { ok: true, asOf: null } : { ok: false, message: "A mode needs a day: add asOf=YYYY-MM-DD." };
  }
  if (!isValidIsoDay(day)) return { ok: false, message: `"${day.slice(0, 40)}" is not a calendar day. Give the day as YYYY-MM-DD, e.g. 2025-06-01.` };
  if (day < EARLIEST_AS_OF) return { ok: false, message: "Choose a day from 1 Jan 1900 on." };
  if (day > today) return { ok: false, message: `Choose a day up to today (${today}): what will have been published later is not known yet.` };
  if (mode !== null && mode !== "" && !AS_OF_MODES.includes(mode as AsOfMode)) {
    return { ok: false, message: `Unknown mode "${mode.slice(0, 40)}": use "published" or "recorded".` };
  }
  return { ok: true, asOf: { day, mode: mode === "recorded" ? "recorded" : "published" } };
}

/** The search string of an as-of view ("?asOf=2025-06-01"), empty for today's. */
export function asOfSearch(asOf: AsOf | null): string {
  if (!asOf) return "";
  const params = new URLSearchParams({ asOf: asOf.day });
  if (asOf.mode === "recorded") params.set("mode", "recorded");
  return `?${params.toString()}`;
}
