/**
 * The window title (file name + unsaved marker) and, in the web host, the question before leaving
 * unsaved work. The Electron main asks natively, from the dirty flag it gets through setTitle.
 */
import { useEffect } from 'react';
import type { HostApi } from '../services/contracts';
import type { Session } from '../state/plan-state';
import { APP_STRINGS } from '../strings';

/** "ke-hoach.kehoach • — Kế hoạch Studio". */
export function windowTitle(session: Session | null): string {
  if (!session) {
    return APP_STRINGS.appName;
  }
  return `${session.name}${session.dirty ? ` ${APP_STRINGS.unsavedMarker}` : ''} — ${APP_STRINGS.appName}`;
}

/** Keeps the title and the leave question in step with the session. */
export function useTitle(host: HostApi, session: Session | null, isWebHost: boolean): void {
  const title = windowTitle(session);
  const dirty = session?.dirty ?? false;
  useEffect(() => {
    document.title = title;
    void host.setTitle({ title, dirty }).catch(() => undefined);
  }, [host, title, dirty]);
  useEffect(() => {
    if (!isWebHost || !dirty) {
      return undefined;
    }
    const onBeforeUnload = (e: BeforeUnloadEvent): void => {
      e.preventDefault();
      // Older Chromium shows the question only when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [isWebHost, dirty]);
}
