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
