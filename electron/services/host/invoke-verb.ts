/**
 * One door from a transport to a handler: validate the payload, call the handler, turn any throw into
 * an error value (a thrown error would reach the renderer as a bare message, or as an HTTP 500).
 */
import type { HostResult, HostVerb } from '../../common/host-api';
import type { HandlerContext, HostHandlers } from './handlers';
import { validatePayload } from './payloads';

/** The outcome of one request: "invalid" when the payload was refused (HTTP 400). */
export type Invocation = { readonly status: 'done' | 'invalid'; readonly result: HostResult<unknown> };

/** Validates and runs one verb. */
export async function invokeVerb(handlers: HostHandlers, verb: HostVerb, rawPayload: unknown, context: HandlerContext): Promise<Invocation> {
  const payload = validatePayload(verb, rawPayload);
  if (!payload.ok) {
    return { status: 'invalid', result: payload };
  }
  try {
    const handler = handlers[verb] as (p: unknown, c: HandlerContext) => Promise<HostResult<unknown>>;
    return { status: 'done', result: await handler(payload.value, context) };
  } catch (error) {
    console.error(`kehoach: host verb ${verb} failed`, error);
    return {
      status: 'done',
      result: { ok: false, error: { code: 'internal', message: 'Đã xảy ra lỗi không mong muốn trong ứng dụng; thao tác chưa được thực hiện.' } },
    };
  }
}
