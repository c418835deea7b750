"use client";

import { useActionState } from "react";
import { signIn, type SignInState } from "./actions";

export function SignInForm({ next }: { next?: string }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signIn, {});
  return (
    <form action={formAction} className="form" aria-describedby={state.error ? "sign-in-error" : undefined}>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="text" inputMode="email" autoComplete="username" required defaultValue={state.email} />
      <label htmlFor="password">Password</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={128} />
      <p id="sign-in-error" role="alert" aria-live="assertive" className="field-error">
        {state.error ?? ""}
      </p>
      <button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
