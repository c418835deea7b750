/* A milestone: a step of the project, planned and actual, each change resting on a source. */
import type { z } from "zod";
import { type FieldsOf, recordParts, SHARED_FORM_FIELDS, type Stored } from "./define";
import { choice, FUZZY_DATE_HINT, LIMITS, optionalFuzzyDate, optionalText, requiredText, sourceId } from "./fields";
import { FUZZY_SHAPE } from "./shape";
import { MILESTONE_KIND, MILESTONE_STATUS } from "./vocabulary";

const fields = {
  title: requiredText("a title", LIMITS.title),
  /** Names a structural stage ("spans joined"). */
  label: optionalText("the stage (e.g. spans joined)", LIMITS.title),
  planned: optionalFuzzyDate("the planned date"),
  actual: optionalFuzzyDate("the actual date"),
  status: choice(MILESTONE_STATUS.values, "Choose a status."),
  /** The source of this milestone or of this change to it: it joins the milestone's sources. */
  sourceId,
};
const createOnly = { kind: choice(MILESTONE_KIND.values, "Choose a kind of milestone.") };

/** What an add or a correction carries, once validated. */
export type MilestoneFields = FieldsOf<typeof fields>;

export type MilestoneData = Stored &
  Omit<MilestoneFields, "sourceId"> &
  z.output<z.ZodObject<typeof createOnly>> & {
    sourceIds: string[];
    /** actual − planned in days, as a range; null until both are known. */
    slippage: { minDays: number; maxDays: number } | null;
  };

/** Its fields, form and share shape; its names are in names.ts, and index.ts joins them. */
export const milestoneParts = recordParts<MilestoneData>()({
  fields,
  createOnly,
  check: (m) => {
    const kind = (m as { kind?: string }).kind;
    return kind === "structural" && !m.label ? [{ field: "label", message: "Name the structural stage, e.g. foundations laid or spans joined." }] : [];
  },
  form: [
    SHARED_FORM_FIELDS.title,
    { name: "kind", label: "Kind", control: "select", labels: MILESTONE_KIND.labels, initial: "other", createOnly: true },
    { name: "label", label: "Stage", control: "text", hint: "For a structural stage: what it is, e.g. spans joined." },
    { name: "planned", label: "Planned", control: "text", hint: `Empty if no plan is known. ${FUZZY_DATE_HINT}` },
    { name: "actual", label: "Actual", control: "text", hint: "Empty until it happens; same forms as planned." },
    { name: "status", label: "Status", control: "select", labels: MILESTONE_STATUS.labels, initial: "pending" },
    {
      name: "sourceId",
      label: "Source",
      control: "source",
      hint: "The source of this change; it joins the milestone's sources.",
      // The change needs a source; the one the milestone already rests on is the likeliest.
      fromRecord: (m) => m.sourceIds[0] ?? "",
    },
  ],
  draft: ({ sourceId: cited, kind, ...input }, { id, version, before }) => ({
    ...input,
    id,
    version,
    kind: kind ?? before?.kind ?? "other",
    sourceIds: [...new Set([...(before?.sourceIds ?? []), cited])],
    slippage: null,
  }),
  publicShape: {
    id: true,
    kind: true,
    label: true,
    title: true,
    planned: FUZZY_SHAPE,
    actual: FUZZY_SHAPE,
    status: true,
    sourceIds: true,
    slippage: { minDays: true, maxDays: true },
    version: true,
  },
});
