/** What every server action answers: never a thrown error, so a form can always show why. */
export type ActionResult<T = undefined> =
  | { ok: true; message: string; data: T }
  | {
      ok: false;
      message: string;
      /** Per field, shown next to the field. */
      fieldErrors?: Record<string, string[]>;
      /** On a version conflict: the row as it is now, so the editor can compare and retry. */
      current?: unknown;
    };

export const ok = <T>(message: string, data: T): ActionResult<T> => ({ ok: true, message, data });
export const fail = (message: string, extra: Omit<Extract<ActionResult, { ok: false }>, "ok" | "message"> = {}) =>
  ({ ok: false, message, ...extra }) as const;
