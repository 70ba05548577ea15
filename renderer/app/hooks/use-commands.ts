/**
 * Keyboard shortcuts (Ctrl+N, O, S, Shift+S, E, P) and the native menu's commands, mapped to one handler.
 */
import { useEffect, useRef } from 'react';
import type { HostApi, HostCommand } from '../services/contracts';

/** The command a key press asks for, or null. */
export function commandForKey(e: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'key'>): HostCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) {
    return null;
  }
  switch (e.key.toLowerCase()) {
    case 'n':
      return e.shiftKey ? null : 'new';
    case 'o':
      return e.shiftKey ? null : 'open';
    case 's':
      return e.shiftKey ? 'save-as' : 'save';
    case 'e':
      return e.shiftKey ? null : 'export';
    case 'p':
      return e.shiftKey ? null : 'print';
    default:
      return null;
  }
}

/** Runs `run` for shortcuts and menu commands; the latest `run` is always used. */
export function useCommands(host: HostApi, run: (command: HostCommand) => void): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const command = commandForKey(e);
      if (command) {
        e.preventDefault();
        latest.current(command);
      }
    };
    window.addEventListener('keydown', onKey, true);
    const unsubscribe = host.onDidRequestCommand((command) => latest.current(command));
    return () => {
      window.removeEventListener('keydown', onKey, true);
      unsubscribe();
    };
  }, [host]);
}
