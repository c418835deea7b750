/*
 * A completion forecast: a sourced claim of when the project will finish, made on a (fuzzy)
 * day. The claim is a window ("mid-2026"), or a duration after a milestone ("two years from the
 * start of construction"), whose window is derived from that milestone's actual date when the
 * dashboard is read, so it follows the milestone. Every claim stays: the first accepted one is
 * the baseline, the latest the current plan.
 */
import { z } from "zod";
import type { FuzzyDate } from "../domain/fuzzy-date";
import { recordParts, type FieldsOf, type Stored } from "./define";
import {
  fuzzyDate,
  FUZZY_DATE_HINT,
  LIMITS,
  optionalDuration,
  optionalFuzzyDate,
  optionalMilestoneId,
  optionalText,
  sourceId,
} from "./fields";
import { FUZZY_SHAPE } from "./shape";

const fields = {
  completion: optionalFuzzyDate("the claimed completion (e.g. mid-2026)"),
  derivedFrom: optionalMilestoneId,
  duration: optionalDuration,
  claimed: fuzzyDate("when the claim was made (e.g. 2025-04-30, 2025-05 or 2025)"),
  sourceId,
  accepted: z.boolean({ error: "Say whether this forecast is accepted." }).default(true),
  note: optionalText("a note", LIMITS.note, true),
};

/** What an add or a correction carries, once validated. */
export type ForecastFields = FieldsOf<typeof fields>;

export type ForecastData = Stored &
  ForecastFields & {
    /** The completion window: as claimed, or derived; null while a derived one cannot be computed. */
    window: FuzzyDate | null;
    /** How a derived window was computed ("Construction start 30 Apr 2025 + 18 months = Oct 2026"), or why it cannot be yet. */
    arithmetic: string | null;
  };

const BOTH = "Give either a completion date or a duration after a milestone, not both.";
const NEITHER = "Enter the claimed completion (e.g. mid-2026), or a duration after a milestone.";

/** Its fields, form and share shape; its names are in names.ts, and index.ts joins them. */
export const forecastParts = recordParts<ForecastData>()({
  fields,
  check: ({ completion, derivedFrom, duration }) => {
    if (completion && (derivedFrom || duration)) return [{ field: "completion", message: BOTH }];
    if (!completion && !derivedFrom && !duration) return [{ field: "completion", message: NEITHER }];
    if (!completion && !duration) return [{ field: "duration", message: "Enter how long after the milestone, e.g. 18 months or P18M." }];
    if (!completion && !derivedFrom) return [{ field: "derivedFrom", message: "Choose the milestone the duration counts from." }];
    return [];
  },
  form: [
    { name: "completion", label: "Completion expected", control: "text", hint: `Empty for a duration after a milestone. ${FUZZY_DATE_HINT}` },
    { name: "claimed", label: "Claimed on", control: "text", hint: `When the claim was made. ${FUZZY_DATE_HINT}` },
    { name: "derivedFrom", label: "Or: counted from milestone", control: "milestone", optional: "No milestone (a completion date is given)" },
    { name: "duration", label: "Duration after it", control: "text", hint: "e.g. 18 months, 2 years, P1Y6M. Its actual date plus this gives the window." },
    { name: "sourceId", label: "Source", control: "source", hint: "Who made the claim." },
    { name: "note", label: "Note", control: "text", hint: "Optional; shown to readers." },
    { name: "accepted", label: "Accepted", control: "checkbox", text: "Accepted: counts for the plan of record", initial: true },
  ],
  // A derived window needs the milestone's date: it shows once the server has answered.
  draft: (input, { id, version }) => ({ ...input, id, version, window: input.completion, arithmetic: null }),
  publicShape: {
    id: true,
    completion: FUZZY_SHAPE,
    derivedFrom: true,
    duration: true,
    claimed: FUZZY_SHAPE,
    sourceId: true,
    accepted: true,
    note: true,
    window: FUZZY_SHAPE,
    arithmetic: true,
    version: true,
  },
});
