/** The row changed since the editor loaded it: they see the current value instead of overwriting it. */
export class ConflictError extends Error {
  constructor(readonly current: unknown) {
    super("Someone else changed this record since you opened it. Review the current value and save again.");
    this.name = "ConflictError";
  }
}

/** The target row does not exist in the project being edited (or at all). */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} was not found in this project.`);
    this.name = "NotFoundError";
  }
}

/** A rule about the record that validation of one form cannot see (e.g. a source still in use). */
export class RuleError extends Error {
  constructor(message: string, readonly fieldErrors?: Record<string, string[]>) {
    super(message);
    this.name = "RuleError";
  }
}

/** PostgreSQL's codes for the refusals a write turns into answers. */
export const PG_ERROR = { uniqueViolation: "23505", foreignKeyViolation: "23503" } as const;

/** Whether the database refused with this code. Drizzle wraps the driver's error: the code may sit on a cause. */
export function isPgError(error: unknown, code: (typeof PG_ERROR)[keyof typeof PG_ERROR]): boolean {
  let e = error;
  for (let depth = 0; typeof e === "object" && e !== null && depth < 5; depth++) {
    if ((e as { code?: unknown }).code === code) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
