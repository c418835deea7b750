"use client";

import { Field, LabelOptions } from "@/components/forms/field";
import { milestoneName } from "@/db/dashboard/analysis";
import type { MilestoneData, SourceData } from "@/db/dashboard-data";
import { formatFuzzyDate } from "@/db/domain/fuzzy-date";
import type { FormField } from "@/db/records/define";
import { isPending } from "./optimistic";

type Values = Record<string, string | boolean>;

interface RecordFieldsProps {
  fields: readonly FormField<never>[];
  values: Values;
  errors: Record<string, string[]>;
  sources: readonly SourceData[];
  milestones: readonly MilestoneData[];
  onChange(name: string, value: string | boolean): void;
}

/** A record form's fields, as its definition lays them out. */
export function RecordFields({ fields, values, errors, sources, milestones, onChange }: RecordFieldsProps) {
  return fields.map((field) => {
    const { name } = field;
    if (field.control === "checkbox") {
      return (
        <div key={name} className="field field--check">
          <label>
            <input type="checkbox" name={name} checked={values[name] === true} onChange={(e) => onChange(name, e.target.checked)} />{" "}
            {field.text}
          </label>
        </div>
      );
    }
    const bound = { name, value: String(values[name] ?? ""), onChange: (e: { target: { value: string } }) => onChange(name, e.target.value) };
    return (
      <Field key={name} label={field.label} name={name} errors={errors} hint={field.hint} wide={field.wide}>
        {(control) => {
          switch (field.control) {
            case "textarea":
              return <textarea {...control} {...bound} rows={3} />;
            case "select":
              return (
                <select {...control} {...bound}>
                  <LabelOptions labels={field.labels} />
                </select>
              );
            case "source":
              return (
                <select {...control} {...bound}>
                  <SourceOptions sources={sources} none={field.optional} />
                </select>
              );
            case "milestone":
              return (
                <select {...control} {...bound}>
                  <MilestoneOptions milestones={milestones} none={field.optional} />
                </select>
              );
            case "decimal":
              return <input {...control} {...bound} inputMode="decimal" autoComplete="off" />;
            case "url":
              return <input {...control} {...bound} type="url" inputMode="url" autoComplete="off" />;
            default:
              return <input {...control} {...bound} autoComplete="off" />;
          }
        }}
      </Field>
    );
  });
}

/** The project's sources to cite; a source still being saved cannot be cited yet. */
function SourceOptions({ sources, none }: { sources: readonly SourceData[]; none?: string }) {
  return (
    <>
      <option value="">{none ?? "Choose a source…"}</option>
      {sources
        .filter((s) => !isPending(s.id))
        .map((s) => (
          <option key={s.id} value={s.id}>
            {s.outlet}: {s.title} ({s.published.text})
          </option>
        ))}
    </>
  );
}

/** The project's milestones to count from, with the actual date a derived window would start at. */
function MilestoneOptions({ milestones, none }: { milestones: readonly MilestoneData[]; none: string }) {
  return (
    <>
      <option value="">{none}</option>
      {milestones
        .filter((m) => !isPending(m.id))
        .map((m) => (
          <option key={m.id} value={m.id}>
            {milestoneName(m)}: {m.actual ? `actual ${formatFuzzyDate(m.actual)}` : "no actual date yet"}
          </option>
        ))}
    </>
  );
}
