"use client";

import { useState } from "react";
import { ActionForm, type Conflict } from "@/components/forms/action-form";
import { useFormValues } from "@/components/forms/use-form-values";
import { RECORD_TYPES, type RecordType } from "@/db/records";
import { formValueOf, type FormField, type RecordDefinition, type Stored } from "@/db/records/define";
import { pendingId, upsertRecord } from "./optimistic";
import { RECORD_ACTIONS } from "./record-actions";
import { RecordFields } from "./record-fields";
import { useDashboardData, useRecordMutation, type RecordMutation } from "./use-record-mutation";

type Values = Record<string, string | boolean>;
type AnyDefinition = RecordDefinition<Stored>;

function fieldsOf(definition: AnyDefinition, editing: boolean): readonly FormField<Stored>[] {
  return (definition.form as readonly FormField<Stored>[]).filter((f) => !(editing && f.createOnly));
}

/** The form's values: the record's, or each field's initial value for a new one. */
function valuesOf(definition: AnyDefinition, record: Stored | undefined): Values {
  const fields = fieldsOf(definition, record !== undefined);
  return Object.fromEntries(
    fields.map((f) => {
      if (!record) return [f.name, f.initial ?? ""];
      return [f.name, f.fromRecord ? f.fromRecord(record) : formValueOf((record as unknown as Record<string, unknown>)[f.name])];
    }),
  );
}

/**
 * The record as it will be shown once saved, drafted from input that the server's own schema
 * accepts; input it would refuse shows nothing early, and the server says why.
 */
function draftOf(definition: AnyDefinition, input: Record<string, unknown>, before: Stored | undefined): Stored | null {
  const parsed = (before ? definition.schemas.update : definition.schemas.create).safeParse(input);
  if (!parsed.success) return null;
  const draft = definition.draft as (input: unknown, context: { id: string; version: number; before?: Stored }) => Stored;
  return draft(parsed.data, { id: before?.id ?? pendingId(), version: before?.version ?? 0, before });
}

interface RecordFormProps {
  slug: string;
  type: RecordType;
  /** The record to correct; none to add one. */
  record?: Stored;
  onDone(): void;
}

/** Adds a record of any type, or corrects one, with the fields its definition lays out. */
export function RecordForm({ slug, type, record, onDone }: RecordFormProps) {
  const definition = RECORD_TYPES[type] as unknown as AnyDefinition;
  const actions = RECORD_ACTIONS[type];
  const { sources, milestones } = useDashboardData(slug);
  const form = useFormValues(valuesOf(definition, record));
  // The version the user started from: after a conflict, both ways on continue from the current one.
  const [version, setVersion] = useState(record?.version ?? 0);
  const target = record ? { id: record.id, version } : {};
  const mutation = useRecordMutation<Record<string, unknown>, Stored>({
    slug,
    action: (record ? actions.update : actions.create) as (input: Record<string, unknown>) => ReturnType<typeof actions.create>,
    optimistic: (data, input) => {
      const draft = draftOf(definition, input, record);
      return draft ? upsertRecord(data, definition.listKey, draft as never) : data;
    },
  });
  const noun = definition.noun;

  return (
    <ActionForm
      className="form form-grid editor-form"
      name={record ? `Edit ${noun}: ${definition.name(record as never)}` : `New ${noun}`}
      submitLabel={record ? `Save ${noun}` : `Add this ${noun}`}
      pending={mutation.pending}
      message={mutation.message}
      conflict={conflictOf(mutation, definition, (current) => {
        form.replace(valuesOf(definition, current));
        setVersion(current.version);
      }, setVersion)}
      onSubmit={() => mutation.submit({ projectSlug: slug, ...target, ...form.values }, onDone)}
      onCancel={onDone}
    >
      <RecordFields
        fields={fieldsOf(definition, record !== undefined)}
        values={form.values}
        errors={mutation.fieldErrors}
        sources={sources}
        milestones={milestones}
        onChange={form.set}
      />
    </ActionForm>
  );
}

/** After a version conflict: the record as it is now, to load into the form or to save over. */
function conflictOf(
  mutation: RecordMutation<Record<string, unknown>, Stored>,
  definition: AnyDefinition,
  load: (current: Stored) => void,
  setVersion: (version: number) => void,
): Conflict | null {
  const current = mutation.current as Stored | null;
  if (!current) return null;
  return {
    view: definition.describe(current as never),
    loadCurrent: () => {
      load(current);
      mutation.dismissConflict();
    },
    keepMine: () => {
      setVersion(current.version);
      mutation.dismissConflict();
    },
  };
}
