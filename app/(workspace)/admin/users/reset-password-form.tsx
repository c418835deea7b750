"use client";

import { useId } from "react";
import { useAction } from "@/components/forms/use-action";
import { useFormValues } from "@/components/forms/use-form-values";
import { resetUserPassword } from "./actions";

/**
 * An admin sets a new password for one account, behind a disclosure so a row stays one line.
 * The account's sessions end with it; the admin tells the person the new password.
 */
export function ResetPasswordForm({ user }: { user: { id: string; email: string } }) {
  const form = useFormValues({ password: "" });
  const action = useAction({ action: resetUserPassword });
  const id = useId();
  const error = action.fieldErrors.password?.join(" ") || action.message;

  return (
    <details className="editor__manage">
      <summary>
        Reset password <span className="visually-hidden">of {user.email}</span>
      </summary>
      <form
        className="row-actions"
        aria-label={`Reset the password of ${user.email}`}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          action.submit({ userId: user.id, password: form.values.password }, () => form.replace({ password: "" }));
        }}
      >
        <label htmlFor={`${id}-password`}>New password</label>
        <input
          id={`${id}-password`}
          {...form.bind("password")}
          type="password"
          autoComplete="new-password"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-error`}
        />
        <button type="submit" disabled={action.pending}>
          {action.pending ? "Setting…" : "Set password"}
        </button>
        <span id={`${id}-error`} role="status" aria-live="polite" className="field-error">
          {error}
        </span>
      </form>
    </details>
  );
}
