/**
 * Host-side failures as values, in the HostResult shape the transports send back.
 */
import type { HostResult } from '../../common/host-api';

/** A HostResult: the service-level result type. */
export type HostErrorResult<T> = HostResult<T>;

/** A failed HostResult with a code and a Vietnamese message. */
export function hostError(code: string, message: string): { readonly ok: false; readonly error: { readonly code: string; readonly message: string } } {
  return { ok: false, error: { code, message } };
}

/** A successful HostResult. */
export function hostOk<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}
