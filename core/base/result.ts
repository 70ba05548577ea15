/**
 * Result values for expected failures (STYLE §6). Bugs throw BugError; user input never does.
 */

/**
 * The closed set of expected failure codes. The code is what callers branch on (the CLI's exit status, a retry,
 * a conflict dialog); the words the user reads are the error's message, written where the failure is found.
 */
export type AppErrorCode =
  | 'file/not-found'
  | 'file/unreadable'
  | 'file/too-large'
  | 'file/empty'
  | 'file/not-utf8'
  | 'file/exists'
  | 'docx/unsupported'
  | 'docx/malformed'
  | 'docx/encrypted'
  | 'docx/too-large'
  | 'docx/legacy-doc'
  | 'plan/malformed'
  | 'plan/newer-schema'
  | 'plan/invalid'
  | 'template/invalid'
  | 'template/not-found'
  | 'import/no-document'
  | 'ipc/invalid-payload'
  | 'ipc/forbidden'
  | 'internal';

/** An expected failure: a code to branch on and a Vietnamese one-line message for the user, made where it is found (core included). */
export type AppError = {
  readonly code: AppErrorCode;
  readonly message: string;
  readonly detail?: string;
};

export type Result<T, E = AppError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/** Wraps a value as a success. */
export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

/** Wraps an expected failure. */
export function err<E = AppError>(error: E): Result<never, E> {
  return { ok: false, error };
}

/** Builds an AppError. */
export function appError(code: AppErrorCode, message: string, detail?: string): AppError {
  return detail === undefined ? { code, message } : { code, message, detail };
}
