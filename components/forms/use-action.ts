"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { ActionResult } from "@/db/mutations/result";
import { notify } from "@/components/toast";

type Failed = Extract<ActionResult, { ok: false }>;

/** A server action's refusal, thrown inside the mutation so that one path (onError) rolls back. */
class ActionRefused extends Error {
  constructor(readonly result: Failed) {
    super(result.message);
    this.name = "ActionRefused";
  }
}

export interface ActionOptions<I, T, C> {
  /** The server action: what actually makes the change. */
  action: (input: I) => Promise<ActionResult<T>>;
  /** Runs before the action is sent (an optimistic change); what it returns reaches onFailed. */
  before?: (input: I) => Promise<C> | C;
  /** After a refusal or a lost connection: undo what `before` did. */
  onFailed?: (context: C | undefined) => void;
  /** After success or failure: refresh what the change touched. */
  onSettled?: () => unknown;
}

export interface ActionState<I, T> {
  submit(input: I, onSaved?: (data: T) => void): void;
  pending: boolean;
  /** Per field name, shown next to the field; a nested name ("parties.2") counts for its field. */
  fieldErrors: Record<string, string[]>;
  /** For the form's aria-live region: why the last save failed, empty otherwise. */
  message: string;
  /** After a version conflict: the record as it is now. */
  current: unknown;
  dismissConflict(): void;
}

const byField = (errors: Record<string, string[]> | undefined) => {
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(errors ?? {})) (out[key.split(".")[0] ?? key] ??= []).push(...messages);
  return out;
};

/**
 * The one way every form submits (admin, share-link and record forms alike): the server action
 * runs as a TanStack mutation, a refusal is thrown so that one path handles it, its message and
 * field errors are kept for the form, and success is announced with a toast.
 */
export function useAction<I, T, C = undefined>({ action, before, onFailed, onSettled }: ActionOptions<I, T, C>): ActionState<I, T> {
  const [failure, setFailure] = useState<Failed | null>(null);
  const mutation = useMutation({
    mutationFn: async (input: I) => {
      const result = await action(input);
      if (!result.ok) throw new ActionRefused(result);
      return result;
    },
    onMutate: async (input) => {
      setFailure(null);
      return { context: before ? await before(input) : undefined };
    },
    onError: (error, _input, state) => {
      onFailed?.(state?.context);
      setFailure(
        error instanceof ActionRefused
          ? error.result
          : { ok: false, message: "The change could not be sent. Check your connection and try again; nothing was saved." },
      );
    },
    onSuccess: (result) => {
      notify("success", result.message);
    },
    onSettled: () => onSettled?.(),
  });

  return {
    submit: (input, onSaved) => mutation.mutate(input, { onSuccess: (result) => onSaved?.(result.data) }),
    pending: mutation.isPending,
    fieldErrors: byField(failure?.fieldErrors),
    message: failure?.message ?? "",
    current: failure?.current ?? null,
    dismissConflict: () => setFailure((f) => (f ? { ...f, current: undefined } : f)),
  };
}
