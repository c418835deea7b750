/* A completion forecast: a sourced claim of when the project will finish. Every claim stays. */
import { z } from "zod";
import { formatDay, formatFuzzyWithWindow } from "../domain/date-wording";
import { defineRecord, type Stored } from "./define";
import { fuzzyDate, FUZZY_DATE_HINT, isoDay, LIMITS, optionalText, sourceId } from "./fields";
import { FUZZY_SHAPE } from "./shape";

const fields = {
  window: fuzzyDate("the claimed completion (e.g. mid-2026)"),
  claimedOn: isoDay("the day it was claimed"),
  sourceId,
  accepted: z.boolean({ error: "Say whether this forecast is accepted." }).default(true),
  note: optionalText("a note", LIMITS.note, true),
};

/** What an add or a correction carries, once validated. */
export type ForecastFields = z.output<z.ZodObject<typeof fields>>;

export type ForecastData = Stored & ForecastFields;

export const forecastRecord = defineRecord<ForecastData>()({
  entity: "completion_forecast",
  listKey: "forecasts",
  noun: "completion forecast",
  plural: "completion forecasts",
  fields,
  form: [
    { name: "window", label: "Completion expected", control: "text", hint: FUZZY_DATE_HINT },
    { name: "claimedOn", label: "Claimed on", control: "text", hint: "The day the claim was made, YYYY-MM-DD." },
    { name: "sourceId", label: "Source", control: "source", hint: "Who made the claim." },
    { name: "note", label: "Note", control: "text", hint: "Optional." },
    { name: "accepted", label: "Accepted", control: "checkbox", text: "Accepted: counts for the plan of record", initial: true },
  ],
  describe: (f) =>
    `Completion ${formatFuzzyWithWindow(f.window)}, claimed ${formatDay(f.claimedOn)}${f.accepted ? "" : " (not accepted)"}`,
  draft: (input, { id, version }) => ({ ...input, id, version }),
  publicShape: { id: true, window: FUZZY_SHAPE, claimedOn: true, sourceId: true, accepted: true, note: true, version: true },
});
