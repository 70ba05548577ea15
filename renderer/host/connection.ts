/**
 * Whether the page still reaches its host. Only the web host can be lost: after `kehoach serve` stops
 * or restarts, the page's session is gone and nothing it sends is saved. The HTTP client reports the
 * loss here; the connection notice (features/connection) listens. The Electron app never reports.
 */

/** "session": the host answers but no longer knows this page (restarted); "unreachable": no answer at all. */
export type ConnectionLoss = 'session' | 'unreachable';

type Listener = () => void;

let current: ConnectionLoss | null = null;
const listeners = new Set<Listener>();

/** The loss seen last, or null while the host answers. */
export function connectionLoss(): ConnectionLoss | null {
  return current;
}

/** Records a loss ("session" is final: a later network error does not soften it) or, with null, a working answer. */
export function reportConnection(loss: ConnectionLoss | null): void {
  const next = current === 'session' ? 'session' : loss;
  if (next !== current) {
    current = next;
    for (const listener of [...listeners]) {
      listener();
    }
  }
}

/** Calls listener on every change; returns the unsubscription (useSyncExternalStore's shape). */
export function onConnectionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
