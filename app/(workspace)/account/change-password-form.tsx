"use client";

import { ActionForm } from "@/components/forms/action-form";
import { Field } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { useFormValues } from "@/components/forms/use-form-values";
import { changeOwnPassword } from "./actions";

const EMPTY = { currentPassword: "", newPassword: "", confirmPassword: "" };

/** The length rule comes from the page: db/domain/password.ts also hashes, which no browser bundle may hold. */
export function ChangePasswordForm({ minLength, maxLength }: { minLength: number; maxLength: number }) {
  const form = useFormValues(EMPTY);
  const action = useAction({ action: changeOwnPassword });
  const errors = action.fieldErrors;

  return (
    <ActionForm
      name="Change your password"
      submitLabel="Change password"
      pendingLabel="Changing…"
      pending={action.pending}
      message={action.message}
      onSubmit={() => action.submit(form.values, () => form.replace(EMPTY))}
    >
      <Field label="Current password" name="currentPassword" errors={errors}>
        {(control) => <input {...control} {...form.bind("currentPassword")} type="password" autoComplete="current-password" maxLength={maxLength} />}
      </Field>
      <Field
        label="New password"
        name="newPassword"
        errors={errors}
        hint={`${minLength} to ${maxLength} characters. Your other sessions end when it is changed.`}
      >
        {(control) => <input {...control} {...form.bind("newPassword")} type="password" autoComplete="new-password" maxLength={maxLength} />}
      </Field>
      <Field label="Repeat the new password" name="confirmPassword" errors={errors}>
        {(control) => <input {...control} {...form.bind("confirmPassword")} type="password" autoComplete="new-password" maxLength={maxLength} />}
      </Field>
    </ActionForm>
  );
}
