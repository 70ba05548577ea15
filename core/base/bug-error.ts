/**
 * A programming error (after VS Code's BugIndicatingError). Never throw this for invalid user input.
 */
export class BugError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BugError';
  }
}

/** Throws a BugError when the condition is false. */
export function assertBug(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new BugError(message);
  }
}
