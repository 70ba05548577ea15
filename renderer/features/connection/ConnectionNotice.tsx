/**
 * The notice shown when the page lost its web host (stopped, or restarted so this page's session is
 * gone): nothing typed from now on can be saved, so it says so and offers to copy or download the text,
 * and says to open the new address `kehoach serve` printed. Renders nothing in the Electron app.
 */
import { useState, useSyncExternalStore, type ReactElement } from 'react';
import { connectionLoss, onConnectionChange } from '../../host/index';
import { visiblePlanText } from './plan-text';
import { CONNECTION_STRINGS } from './strings';
import './connection.css';

/** The notice, mounted once by App. */
export function ConnectionNotice(): ReactElement | null {
  const loss = useSyncExternalStore(onConnectionChange, connectionLoss);
  const [hidden, setHidden] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  if (loss === null || hidden === loss) {
    return null;
  }
  const copy = async (): Promise<void> => {
    const text = visiblePlanText();
    if (text === '') {
      setStatus(CONNECTION_STRINGS.nothingToCopy);
      return;
    }
    try {
      await navigator.clipboard.writeText(text);
      setStatus(CONNECTION_STRINGS.copied);
    } catch {
      setStatus(CONNECTION_STRINGS.copyFailed);
    }
  };
  const download = (): void => {
    const text = visiblePlanText();
    if (text === '') {
      setStatus(CONNECTION_STRINGS.nothingToCopy);
      return;
    }
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = CONNECTION_STRINGS.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <section className="connection-notice" role="alert" aria-label={CONNECTION_STRINGS.label}>
      <p className="connection-notice__message">{loss === 'session' ? CONNECTION_STRINGS.sessionLost : CONNECTION_STRINGS.unreachable}</p>
      <div className="connection-notice__actions">
        <button type="button" onClick={() => void copy()}>
          {CONNECTION_STRINGS.copy}
        </button>
        <button type="button" onClick={download}>
          {CONNECTION_STRINGS.download}
        </button>
        <button type="button" onClick={() => setHidden(loss)}>
          {CONNECTION_STRINGS.hide}
        </button>
        {status !== null ? <span role="status">{status}</span> : null}
      </div>
    </section>
  );
}
