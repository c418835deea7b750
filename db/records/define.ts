/*
 * The frame every record type is defined in: its names and how it reads in words
 * (db/records/names.ts, without zod); its fields as zod schemas, from which the server's
 * validation, the DTO type and the form's drafts all come, how its form lays the fields out
 * and what a share link may show of it (db/records/<type>.ts). db/records/index.ts joins the
 * two halves, so neither half imports the other. Importable by client and server code alike:
 * nothing here touches the database.
 */
import { z } from "zod";
import { rowId, slug, version } from "./fields";
import type { PublicShape } from "./shape";

/** What every stored record carries beside its own fields. */
export interface Stored {
  id: string;
  version: number;
}

/** Where a type's records sit in the dashboard data. */
export type ListKey = "reports" | "milestones" | "forecasts" | "events" | "sources" | "facts";

/** A type's names and one-line wording: what lists and controls show before any form opens. */
export interface RecordNames<E extends string, Dto extends Stored> {
  /** The name in the audit trail and the history route ("progress_report"). */
  entity: E;
  /** Where the type's records sit in the dashboard data. */
  listKey: ListKey;
  /** "progress report": for buttons, headings and messages. */
  noun: string;
  /** "progress reports"; the noun and an "s" unless told (`pluralOf` in names.ts). */
  plural?: string;
  /** The record in one line of words, as lists, conflicts and history show it. */
  describe(record: Dto): string;
  /** The short name in "Edit source: KCNA"; `describe` unless told. */
  name?(record: Dto): string;
}

type Control =
  | { control: "text" | "textarea" | "decimal" | "url" }
  | { control: "select"; labels: Readonly<Record<string, string>> }
  /** One of the project's sources; `optional` offers "none". */
  | { control: "source"; optional?: string }
  /** One of the project's milestones, or none. */
  | { control: "milestone"; optional: string }
  | { control: "checkbox"; text: string };

/** One field of a record's form: its input name (field errors are keyed by it), wording and control. */
export type FormField<Dto = never> = Control & {
  name: string;
  label: string;
  hint?: string;
  wide?: boolean;
  /** Only when adding: the field cannot change afterwards (a milestone's kind). */
  createOnly?: boolean;
  /** What the empty form holds; "" unless told. */
  initial?: string | boolean;
  /** The field's value when editing a record, when it is not the record's field of the same name. */
  fromRecord?: (record: Dto) => string | boolean;
};

/** Form rows that several types share, so that each is worded once. */
export const SHARED_FORM_FIELDS = {
  title: { name: "title", label: "Title", control: "text" },
  sourceId: { name: "sourceId", label: "Source", control: "source" },
} as const satisfies Record<string, FormField>;

const inProject = { projectSlug: slug };
const target = { ...inProject, id: rowId, version };

/** A change to one existing row: which row, at which version. */
export const deleteRecordSchema = z.object(target);
export type DeleteRecordInput = z.infer<typeof deleteRecordSchema>;

/** What an add or a correction of a type with fields `F` carries, once validated. */
export type FieldsOf<F extends z.ZodRawShape> = z.output<z.ZodObject<F>>;

/** The stored record of a type that keeps its fields as they were sent. */
export type RecordData<F extends z.ZodRawShape> = Stored & FieldsOf<F>;

/** The draft of such a type: the input as sent, with the row's id and version. */
export const draftAsSent = <I extends object>(input: I, { id, version }: { id: string; version: number }) => ({ ...input, id, version });

/** Where a draft comes from: the row it replaces, if any. */
export interface DraftContext<Dto> {
  id: string;
  version: number;
  before?: Dto;
}

type Draft<F extends z.ZodRawShape, C extends z.ZodRawShape, Dto> = (
  input: FieldsOf<F> & Partial<FieldsOf<C>>,
  context: DraftContext<Dto>,
) => Dto;

/**
 * The record as it will be shown once saved, from input the schema accepted. A type whose
 * record is its fields as sent may leave it out (`draftAsSent`); the others must say how.
 */
type DraftPart<F extends z.ZodRawShape, C extends z.ZodRawShape, Dto> = [RecordData<F>] extends [Dto]
  ? { draft?: Draft<F, C, Dto> }
  : { draft: Draft<F, C, Dto> };

/** The half of a definition that needs zod: fields, form, drafts, what a share link shows. */
type RecordParts<F extends z.ZodRawShape, C extends z.ZodRawShape, Dto extends Stored> = DraftPart<F, C, Dto> & {
  /** The fields every add and every correction sends. */
  fields: F;
  /** The fields only an add sends. */
  createOnly?: C;
  form: readonly FormField<Dto>[];
  /**
   * Rules that join fields (exactly one of two ways to say a thing): each refusal names the
   * field the form shows it under.
   */
  check?(input: FieldsOf<F>): { field: string; message: string }[];
  publicShape: PublicShape<Dto>;
};

function withChecks<S extends z.ZodObject>(schema: S, check: ((input: never) => { field: string; message: string }[]) | undefined): S {
  if (!check) return schema;
  return schema.superRefine((input, ctx) => {
    for (const { field, message } of check(input as never)) ctx.addIssue({ code: "custom", path: [field], message });
  }) as S;
}

/** `recordParts<SourceData>()({...})` in db/records/<type>.ts: the DTO type is named once, the rest is inferred. */
export const recordParts =
  <Dto extends Stored>() =>
  <F extends z.ZodRawShape, C extends z.ZodRawShape = Record<never, never>>(d: RecordParts<F, C, Dto>) =>
    d;

/** A record type whole: its names and its fields joined (db/records/index.ts), with the schemas they make. */
export function defineRecord<E extends string, Dto extends Stored, F extends z.ZodRawShape, C extends z.ZodRawShape>(
  names: RecordNames<E, Dto>,
  d: RecordParts<F, C, Dto>,
) {
  return {
    ...names,
    ...d,
    draft: (d.draft ?? draftAsSent) as Draft<F, C, Dto>,
    /** For messages: "The progress report". */
    label: `The ${names.noun}`,
    name: names.name ?? names.describe,
    schemas: {
      create: withChecks(z.object({ ...inProject, ...d.fields, ...((d.createOnly ?? {}) as C) }), d.check),
      update: withChecks(z.object({ ...target, ...d.fields }), d.check),
    },
  };
}

export type RecordDefinition<Dto extends Stored = Stored> = ReturnType<typeof defineRecord<string, Dto, z.ZodRawShape, z.ZodRawShape>>;

/** A stored value as a form field holds it: a vague date by its wording, a list by commas. */
export function formValueOf(value: unknown): string | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "object" && "text" in value) return String((value as { text: unknown }).text);
  return String(value);
}
