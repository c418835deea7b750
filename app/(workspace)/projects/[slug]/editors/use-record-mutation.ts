"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { dashboardQueryOptions, projectDashboardQuery } from "@/components/query/dashboard-query";
import type { DashboardData } from "@/db/dashboard-data";
import type { ActionResult } from "@/db/mutations/result";

type Failed = Extract<ActionResult, { ok: false }>;

/** A server action's refusal, thrown inside the mutation so that one path (onError) rolls back. */
class ActionRefused extends Error {
  constructor(readonly result: Failed) {
    super(result.message);
    this.name = "ActionRefused";
  }
}

export interface RecordMutationOptions<I, T> {
  slug: string;
  /** A server action of ../actions.ts: what actually changes the record. */
  action: (input: I) => Promise<ActionResult<T>>;
  /** The dashboard as it will look once the change is saved, shown at once while it is. */
  optimistic?: (data: DashboardData, input: I) => DashboardData;
}

export interface RecordMutation<I, T> {
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

/** The dashboard data the forms read (sources to cite, records to edit): the page's own query. */
export function useDashboardData(slug: string): DashboardData {
  return useSuspenseQuery(dashboardQueryOptions(projectDashboardQuery(slug))).data;
}

const byField = (errors: Record<string, string[]> | undefined) => {
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(errors ?? {})) (out[key.split(".")[0] ?? key] ??= []).push(...messages);
  return out;
};

/**
 * The shared plumbing of every editor form: the server action runs as a mutation, the
 * dashboard shows the change at once, a refusal rolls it back and says why next to the
 * fields, and every open view of the dashboard refetches when it settles.
 */
export function useRecordMutation<I, T>({ slug, action, optimistic }: RecordMutationOptions<I, T>): RecordMutation<I, T> {
  const queryClient = useQueryClient();
  const { key } = projectDashboardQuery(slug);
  const [failure, setFailure] = useState<Failed | null>(null);

  const mutation = useMutation({
    mutationFn: async (input: I) => {
      const result = await action(input);
      if (!result.ok) throw new ActionRefused(result);
      return result;
    },
    onMutate: async (input) => {
      setFailure(null);
      // A refetch landing now would overwrite the optimistic change with the old data.
      await queryClient.cancelQueries({ queryKey: key, exact: true });
      const snapshot = queryClient.getQueryData<DashboardData>(key);
      if (snapshot && optimistic) queryClient.setQueryData<DashboardData>(key, optimistic(snapshot, input));
      return { snapshot };
    },
    onError: (error, _input, context) => {
      if (context?.snapshot) queryClient.setQueryData(key, context.snapshot);
      setFailure(
        error instanceof ActionRefused
          ? error.result
          : { ok: false, message: "The change could not be sent. Check your connection and try again; nothing was saved." },
      );
    },
    onSuccess: (result) => {
      toast.success(result.message);
    },
    // Not exact: open record histories sit under the dashboard's key and refresh with it.
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
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
