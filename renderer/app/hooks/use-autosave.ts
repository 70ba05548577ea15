/**
 * Autosave: the open plan goes to the host's recovery store under this window's session id about a
 * second after typing stops, and never more than AUTOSAVE_MAX_WAIT_MS after the first unsaved change
 * (continuous typing is saved too); also at once when the window is hidden or the page closes. A write
 * that fails shows a notice (once, until a write works again). A clean save, or closing the plan after
 * dropping its changes, discards the copy. Every few seconds the window tells the host it is alive, so
 * its draft is never offered elsewhere as a leftover; closing says goodbye.
 */
import { useEffect, useRef } from 'react';
import type { FileVersion, HostApi } from '../services/contracts';
import { AutosaveScheduler } from '../state/autosave-scheduler';
import type { Session } from '../state/plan-state';
import { SAFETY_STRINGS } from '../../features/conflict/index';

/** Quiet time after the last change before the autosave. */
export const AUTOSAVE_DELAY_MS = 1000;
/** Longest time unsaved work waits for its autosave, whatever the typing rhythm. */
export const AUTOSAVE_MAX_WAIT_MS = 3000;
/** How often a window tells the host it is alive. */
export const KEEP_ALIVE_MS = 10_000;

export type AutosaveOptions = {
  readonly notify: (message: string, kind?: 'info' | 'error') => void;
  /** The file version the open plan is based on (kept with the draft for the save-time check). */
  readonly versionOf?: () => FileVersion | null;
  readonly delayMs?: number;
  readonly maxWaitMs?: number;
};

/** Keeps the recovery copy of the session current. */
export function useAutosave(host: HostApi, session: Session | null, sessionId: string, options: AutosaveOptions): void {
  const { notify, versionOf, delayMs = AUTOSAVE_DELAY_MS, maxWaitMs = AUTOSAVE_MAX_WAIT_MS } = options;
  const latest = useRef<{ session: Session | null; sessionId: string }>({ session, sessionId });
  latest.current = { session, sessionId };
  const stored = useRef(false);
  const failing = useRef(false);
  const helpers = useRef({ notify, versionOf });
  helpers.current = { notify, versionOf };
  const scheduler = useRef<AutosaveScheduler | null>(null);
  if (scheduler.current === null) {
    scheduler.current = new AutosaveScheduler(
      async () => {
        const { session: current, sessionId: id } = latest.current;
        if (!current || !current.dirty || current.mode === 'review') {
          return;
        }
        let problem: string | null;
        try {
          const request = { sessionId: id, title: current.name, path: current.path, document: current.doc, version: helpers.current.versionOf?.() ?? null };
          const result = await host.autosave(request);
          problem = result.ok ? null : result.error.message;
        } catch (error) {
          problem = error instanceof Error ? error.message : String(error);
        }
        if (problem === null) {
          stored.current = true;
          failing.current = false;
        } else if (!failing.current) {
          failing.current = true;
          helpers.current.notify(SAFETY_STRINGS.autosaveFailed(problem), 'error');
        }
      },
      delayMs,
      maxWaitMs,
    );
  }

  // A restored draft is adopted under its own id: it is on disk already, so a save must discard it.
  const lastId = useRef(sessionId);
  if (lastId.current !== sessionId) {
    lastId.current = sessionId;
    stored.current = true;
  }

  useEffect(() => {
    const plan = scheduler.current;
    if (!plan || session?.mode === 'review') {
      return;
    }
    // Saved, or closed after the user chose to drop the changes: the recovery copy is not needed.
    if (!session || !session.dirty) {
      plan.cancel();
      if (stored.current) {
        stored.current = false;
        void host.discardRecovery({ id: sessionId });
      }
      return;
    }
    plan.changed();
  }, [host, session, sessionId]);

  // The file this window has open changed (opened, saved as, closed): the host keeps only its lock.
  const openPath = session?.path ?? null;
  useEffect(() => {
    void host.keepAlive({ closing: false, openPath });
  }, [host, openPath]);

  useEffect(() => {
    const plan = scheduler.current;
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') {
        void plan?.flush();
      }
    };
    const onHide = (): void => {
      void plan?.flush();
      void host.keepAlive({ closing: true });
    };
    const onShow = (event: PageTransitionEvent): void => {
      if (event.persisted) {
        void host.keepAlive({ closing: false });
      }
    };
    const alive = setInterval(() => void host.keepAlive({ closing: false, openPath: latest.current.session?.path ?? null }), KEEP_ALIVE_MS);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onHide);
    window.addEventListener('pageshow', onShow);
    return () => {
      clearInterval(alive);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('pageshow', onShow);
    };
  }, [host]);
}
