/* A source: where a figure, date or event comes from. Every other record cites one. */
import { type FieldsOf, type RecordData, recordParts, SHARED_FORM_FIELDS } from "./define";
import { choice, fuzzyDate, FUZZY_DATE_HINT, LIMITS, optionalSourceId, optionalUrl, requiredText } from "./fields";
import { FUZZY_SHAPE } from "./shape";
import { SOURCE_KIND } from "./vocabulary";

/** What an add or a correction carries, once validated. */
export type SourceFields = FieldsOf<typeof fields>;
export type SourceData = RecordData<typeof fields>;

const fields = {
  outlet: requiredText("the outlet (e.g. KCNA)", LIMITS.outlet),
  title: requiredText("a title", LIMITS.title),
  url: optionalUrl,
  published: fuzzyDate("when it was published"),
  kind: choice(SOURCE_KIND.values, "Choose the kind of source."),
  /** The outlet that carried it (a wire story run by a newspaper), itself one of the project's sources. */
  viaSourceId: optionalSourceId,
};

/** Its fields, form and share shape; its names are in names.ts, and index.ts joins them. */
export const sourceParts = recordParts<SourceData>()({
  fields,
  form: [
    { name: "outlet", label: "Outlet", control: "text", hint: "Who published it, e.g. KCNA or Kommersant." },
    SHARED_FORM_FIELDS.title,
    { name: "kind", label: "Kind", control: "select", labels: SOURCE_KIND.labels, initial: "state_media" },
    { name: "published", label: "Published", control: "text", hint: FUZZY_DATE_HINT },
    { name: "viaSourceId", label: "Carried by", control: "source", optional: "Not carried by another outlet", hint: "The outlet that ran it, when it is a wire story or a reported analysis; add that outlet as a source first." },
    { name: "url", label: "Link", control: "url", hint: "Optional; http:// or https:// only.", wide: true },
  ],
  publicShape: { id: true, outlet: true, title: true, url: true, published: FUZZY_SHAPE, kind: true, viaSourceId: true, version: true },
});
