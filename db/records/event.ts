/* An event: something that happened around the project, on the same time axis as its progress. */
import { type FieldsOf, type RecordData, recordParts, SHARED_FORM_FIELDS } from "./define";
import { choice, fuzzyDate, FUZZY_DATE_HINT, LIMITS, optionalText, parties, requiredText, sourceId } from "./fields";
import { FUZZY_SHAPE } from "./shape";
import { EVENT_CATEGORY } from "./vocabulary";

/** What an add or a correction carries, once validated. */
export type EventFields = FieldsOf<typeof fields>;
export type EventData = RecordData<typeof fields>;

const fields = {
  date: fuzzyDate("when it happened"),
  title: requiredText("a title", LIMITS.title),
  summary: optionalText("a summary", LIMITS.summary, true).transform((s) => s ?? ""),
  category: choice(EVENT_CATEGORY.values, "Choose a category."),
  parties,
  sourceId,
};

/** Its fields, form and share shape; its names are in names.ts, and index.ts joins them. */
export const eventParts = recordParts<EventData>()({
  fields,
  form: [
    { name: "date", label: "Date", control: "text", hint: FUZZY_DATE_HINT },
    SHARED_FORM_FIELDS.title,
    { name: "category", label: "Category", control: "select", labels: EVENT_CATEGORY.labels, initial: "diplomatic" },
    { name: "parties", label: "Parties", control: "text", hint: "Separated by commas, e.g. Russia, North Korea." },
    SHARED_FORM_FIELDS.sourceId,
    { name: "summary", label: "Summary", control: "textarea", hint: "Optional.", wide: true },
  ],
  publicShape: {
    id: true,
    date: FUZZY_SHAPE,
    title: true,
    summary: true,
    category: true,
    parties: true,
    sourceId: true,
    version: true,
  },
});
