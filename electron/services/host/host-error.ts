/**
 * Host-side failures as values, in the HostResult shape the transports send back (core's Result with
 * the boundary's HostError: the codes are typed, so a misspelt code does not compile).
 */
import type { HostError, HostErrorCode, HostResult } from '../../common/host-api';

/** A HostResult: the service-level result type. */
export type HostErrorResult<T> = HostResult<T>;

/** A failed HostResult with a code and a Vietnamese message. */
export function hostError(code: HostErrorCode, message: string): { readonly ok: false; readonly error: HostError } {
  return { ok: false, error: { code, message } };
}

/** A successful HostResult. */
export function hostOk<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}
