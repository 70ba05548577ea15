export type { AppError, AppErrorCode, Result } from './result';
export { appError, err, ok } from './result';
export { BugError, assertBug } from './bug-error';
export type { IdGenerator } from './ids';
export { createIdGenerator, randomId } from './ids';
