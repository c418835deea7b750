/*
 * The frame every record type is defined in (db/records/<type>.ts): its fields as zod
 * schemas, from which the server's validation, the DTO type and the form's drafts all come;
 * its names; how it reads in words; how its form lays the fields out; and what a share link
 * may show of it. Importable by client and server code alike: nothing here touches the database.
 */
import { z } from "zod";
import { rowId, slug, version } from "./fields";
import type { RecordNames } from "./names";
import type { PublicShape } from "./shape";

/** What every stored record carries beside its own fields. */
export interface Stored {
  id: string;
  version: number;
}

/** Where a type's records sit in the dashboard data. */
export type ListKey = "reports" | "milestones" | "forecasts" | "events" | "sources" | "facts";

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

const inProject = { projectSlug: slug };
const target = { ...inProject, id: rowId, version };

/** A change to one existing row: which row, at which version. */
export const deleteRecordSchema = z.object(target);
export type DeleteRecordInput = z.infer<typeof deleteRecordSchema>;

/** Where a draft comes from: the row it replaces, if any. */
export interface DraftContext<Dto> {
  id: string;
  version: number;
  before?: Dto;
}

/** Its names and one-line wording (db/records/names.ts), then what needs zod. */
interface Definition<E extends string, F extends z.ZodRawShape, C extends z.ZodRawShape, Dto extends Stored> extends RecordNames<E, Dto> {
  /** The fields every add and every correction sends. */
  fields: F;
  /** The fields only an add sends. */
  createOnly?: C;
  form: readonly FormField<Dto>[];
  /**
   * Rules that join fields (exactly one of two ways to say a thing): each refusal names the
   * field the form shows it under.
   */
  check?(input: z.output<z.ZodObject<F>>): { field: string; message: string }[];
  /** The record as it will be shown once saved, from input the schema accepted. */
  draft(input: z.output<z.ZodObject<F>> & Partial<z.output<z.ZodObject<C>>>, context: DraftContext<Dto>): Dto;
  publicShape: PublicShape<Dto>;
}

function withChecks<S extends z.ZodObject>(schema: S, check: ((input: never) => { field: string; message: string }[]) | undefined): S {
  if (!check) return schema;
  return schema.superRefine((input, ctx) => {
    for (const { field, message } of check(input as never)) ctx.addIssue({ code: "custom", path: [field], message });
  }) as S;
}

/** `defineRecord<SourceData>()({...})`: the DTO type is named once, the rest is inferred. */
export const defineRecord =
  <Dto extends Stored>() =>
  <E extends string, F extends z.ZodRawShape, C extends z.ZodRawShape = Record<never, never>>(d: Definition<E, F, C, Dto>) => ({
    ...d,
    /** For messages: "The progress report". */
    label: `The ${d.noun}`,
    name: d.name ?? d.describe,
    schemas: {
      create: withChecks(z.object({ ...inProject, ...d.fields, ...((d.createOnly ?? {}) as C) }), d.check),
      update: withChecks(z.object({ ...target, ...d.fields }), d.check),
    },
  });

export type RecordDefinition<Dto extends Stored = Stored> = ReturnType<
  ReturnType<typeof defineRecord<Dto>>
>;

/** A stored value as a form field holds it: a vague date by its wording, a list by commas. */
export function formValueOf(value: unknown): string | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "object" && "text" in value) return String((value as { text: unknown }).text);
  return String(value);
}
