/**
 * Autosave: about 2 s after each change, the open plan goes to the host's recovery store under this
 * window's session id; a clean save, or closing the plan after dropping its changes, discards it.
 */
import { useEffect, useRef } from 'react';
import type { HostApi } from './contracts';
import type { Session } from './plan-state';

/** Delay between the last change and the autosave. */
export const AUTOSAVE_DELAY_MS = 2000;

/** Keeps the recovery copy of the session current. */
export function useAutosave(host: HostApi, session: Session | null, sessionId: string, delayMs = AUTOSAVE_DELAY_MS): void {
  const stored = useRef(false);
  useEffect(() => {
    if (session?.mode === 'review') {
      return undefined;
    }
    // Saved, or closed after the user chose to drop the changes: the recovery copy is not needed.
    if (!session || !session.dirty) {
      if (stored.current) {
        stored.current = false;
        void host.discardRecovery({ id: sessionId });
      }
      return undefined;
    }
    const timer = setTimeout(() => {
      stored.current = true;
      void host
        .autosave({ sessionId, title: session.name, path: session.path, document: session.doc })
        .catch((error: unknown) => console.warn('Tự lưu thất bại:', error));
    }, delayMs);
    return () => clearTimeout(timer);
  }, [host, session, sessionId, delayMs]);
}
