"use client";

import { formatDay, formatFuzzyWithWindow } from "@/components/format";
import type { ForecastData } from "@/db/dashboard-data";
import { isValidIsoDay } from "@/db/domain/fuzzy-date";
import { createForecast, updateForecast } from "../actions";
import { Field, FUZZY_DATE_HINT, SourceOptions } from "./fields";
import { pendingId, readFuzzy, upsertRecord } from "./optimistic";
import { RecordForm, useRecordForm } from "./record-form";
import { useDashboardData, useRecordMutation } from "./use-record-mutation";

const EMPTY = { window: "", claimedOn: "", sourceId: "", accepted: true, note: "" };

const valuesOf = (f: ForecastData) => ({
  window: f.window.text,
  claimedOn: f.claimedOn,
  sourceId: f.sourceId,
  accepted: f.accepted,
  note: f.note ?? "",
});

type Input = typeof EMPTY & { projectSlug: string; id?: string; version?: number };

function draftOf(input: Input): ForecastData | null {
  const window = readFuzzy(input.window);
  const claimedOn = input.claimedOn.trim();
  if (!window || !isValidIsoDay(claimedOn) || !input.sourceId) return null;
  return {
    id: input.id ?? pendingId(),
    window,
    claimedOn,
    sourceId: input.sourceId,
    accepted: input.accepted,
    note: input.note.trim() || null,
    version: input.version ?? 0,
  };
}

export const describeForecast = (f: ForecastData) =>
  `Completion ${formatFuzzyWithWindow(f.window)}, claimed ${formatDay(f.claimedOn)}${f.accepted ? "" : " (not accepted)"}`;

/** A claim of when the project will finish; the latest accepted one is the plan of record. */
export function ForecastForm({ slug, forecast, onDone }: { slug: string; forecast?: ForecastData; onDone(): void }) {
  const { sources } = useDashboardData(slug);
  const form = useRecordForm(forecast, valuesOf, EMPTY);
  const mutation = useRecordMutation<Input, ForecastData>({
    slug,
    action: forecast ? updateForecast : createForecast,
    optimistic: (data, input) => {
      const draft = draftOf(input);
      return draft ? upsertRecord(data, "forecasts", draft) : data;
    },
  });
  const errors = mutation.fieldErrors;

  return (
    <RecordForm
      name={forecast ? `Edit completion forecast: ${describeForecast(forecast)}` : "New completion forecast"}
      submitLabel={forecast ? "Save completion forecast" : "Add this completion forecast"}
      pending={mutation.pending}
      message={mutation.message}
      conflict={form.conflict(mutation, describeForecast)}
      onSubmit={() => mutation.submit({ projectSlug: slug, ...form.target, ...form.values }, onDone)}
      onCancel={onDone}
    >
      <Field label="Completion expected" name="window" errors={errors} hint={FUZZY_DATE_HINT}>
        {(control) => <input {...control} {...form.bind("window")} autoComplete="off" />}
      </Field>
      <Field label="Claimed on" name="claimedOn" errors={errors} hint="The day the claim was made, YYYY-MM-DD.">
        {(control) => <input {...control} {...form.bind("claimedOn")} autoComplete="off" />}
      </Field>
      <Field label="Source" name="sourceId" errors={errors} hint="Who made the claim.">
        {(control) => (
          <select {...control} {...form.bind("sourceId")}>
            <SourceOptions sources={sources} />
          </select>
        )}
      </Field>
      <Field label="Note" name="note" errors={errors} hint="Optional.">
        {(control) => <input {...control} {...form.bind("note")} autoComplete="off" />}
      </Field>
      <div className="field field--check">
        <label>
          <input type="checkbox" {...form.check("accepted")} /> Accepted: counts for the plan of record
        </label>
      </div>
    </RecordForm>
  );
}
