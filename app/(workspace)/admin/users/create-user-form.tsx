"use client";

import { ActionForm } from "@/components/forms/action-form";
import { Field, LabelOptions } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { useFormValues } from "@/components/forms/use-form-values";
import { createUser } from "./actions";
import { ROLE_LABELS } from "./role-labels";

const EMPTY = { email: "", name: "", role: "viewer", password: "" };

export function CreateUserForm() {
  const form = useFormValues(EMPTY);
  const action = useAction({ action: createUser });
  const errors = action.fieldErrors;

  const submit = () => action.submit(form.values, () => form.replace(EMPTY));

  return (
    <ActionForm name="Add a user" submitLabel="Add user" pendingLabel="Adding…" pending={action.pending} message={action.message} onSubmit={submit}>
      <Field label="Email" name="email" errors={errors}>
        {(control) => <input {...control} {...form.bind("email")} />}
      </Field>
      <Field label="Name" name="name" errors={errors}>
        {(control) => <input {...control} {...form.bind("name")} />}
      </Field>
      <Field label="Role" name="role" errors={errors}>
        {(control) => (
          <select {...control} {...form.bind("role")}>
            <LabelOptions labels={ROLE_LABELS} />
          </select>
        )}
      </Field>
      <Field label="Initial password" name="password" errors={errors}>
        {(control) => <input {...control} {...form.bind("password")} type="password" autoComplete="new-password" />}
      </Field>
    </ActionForm>
  );
}
