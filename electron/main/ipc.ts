/**
 * Registers one ipcMain.handle per host verb through a validated wrapper: trusted sender, zod payload,
 * and {ok, value} | {ok:false, error} result objects (a thrown error would lose all but its message).
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelOf, HOST_VERBS, type HostResult } from '../common/host-api';
import type { HostHandlers } from '../services/host/handlers';
import { invokeVerb } from '../services/host/invoke-verb';
import { isTrustedSender, type TrustPolicy } from './sender';

/** The answer to a refused sender. */
export const FORBIDDEN_RESULT: HostResult<never> = {
  ok: false,
  error: { code: 'ipc/forbidden', message: 'Yêu cầu không đến từ cửa sổ của Kế hoạch Studio nên bị từ chối.' },
};

/** The wrapped handler of one verb (exported for tests). */
export function wrapVerb(
  verb: (typeof HOST_VERBS)[number],
  handlers: HostHandlers,
  policy: TrustPolicy,
): (event: IpcMainInvokeEvent, payload: unknown) => Promise<HostResult<unknown>> {
  return async (event, payload) => {
    if (!isTrustedSender(event, policy)) {
      console.warn(`kehoach: refused ${channelOf(verb)} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
      return FORBIDDEN_RESULT;
    }
    const outcome = await invokeVerb(handlers, verb, payload, { clientId: `wc:${event.sender.id}` });
    return outcome.result;
  };
}

/** Registers every verb; returns the unregistration. */
export function registerHostIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, handlers: HostHandlers, policy: TrustPolicy): () => void {
  for (const verb of HOST_VERBS) {
    ipcMain.handle(channelOf(verb), wrapVerb(verb, handlers, policy));
  }
  return () => {
    for (const verb of HOST_VERBS) {
      ipcMain.removeHandler(channelOf(verb));
    }
  };
}
