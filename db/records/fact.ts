/*
 * A project fact: a sourced claim about the project itself (its length, width, lanes, cost),
 * as of a (fuzzy) day. Outlets disagree; every claim is kept as its own record, and facts on one
 * attribute that disagree are shown side by side as a conflict (db/domain/fact-groups.ts), never merged.
 */
import { type FieldsOf, type RecordData, recordParts, SHARED_FORM_FIELDS } from "./define";
import { factValue, FUZZY_DATE_HINT, LIMITS, optionalFuzzyDate, optionalText, requiredText, sourceId } from "./fields";
import { FUZZY_SHAPE } from "./shape";

/** What an add or a correction carries, once validated. */
export type FactFields = FieldsOf<typeof fields>;
export type FactData = RecordData<typeof fields>;

const fields = {
  attribute: requiredText("what it describes (e.g. length)", LIMITS.attribute),
  value: factValue,
  unit: optionalText("the unit (e.g. km)", LIMITS.unit),
  qualifier: optionalText("a qualifier (e.g. with approaches)", LIMITS.title),
  asOf: optionalFuzzyDate("as of when"),
  sourceId,
};

/** Its fields, form and share shape; its names are in names.ts, and index.ts joins them. */
export const factParts = recordParts<FactData>()({
  fields,
  form: [
    { name: "attribute", label: "Attribute", control: "text", hint: "e.g. length, width, lanes, cost. Facts are grouped by it." },
    {
      name: "value",
      label: "Value",
      control: "text",
      hint: 'A number ("1.2", "1,200") or a range ("1.1 to 1.3").',
      fromRecord: (f) => (f.value.low === f.value.high ? String(f.value.low) : `${f.value.low} to ${f.value.high}`),
    },
    { name: "unit", label: "Unit", control: "text", hint: "e.g. m, km, lanes, million USD; empty for a plain count." },
    { name: "qualifier", label: "Qualifier", control: "text", hint: 'Optional: what exactly is measured, e.g. "with approaches", "main span".' },
    { name: "asOf", label: "As of", control: "text", hint: `Optional. ${FUZZY_DATE_HINT}` },
    SHARED_FORM_FIELDS.sourceId,
  ],
  publicShape: {
    id: true,
    attribute: true,
    value: { low: true, high: true },
    unit: true,
    qualifier: true,
    asOf: FUZZY_SHAPE,
    sourceId: true,
    version: true,
  },
});
