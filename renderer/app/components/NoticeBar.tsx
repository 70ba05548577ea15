/**
 * The notice under the top bar: what just happened (saved, exported, switched) or what failed, with at
 * most one action (the issuer switch's "Hoàn tác"), which closes it.
 */
import type { ReactElement } from 'react';
import { APP_STRINGS } from '../strings';

/** A notice's one action; running it closes the notice. */
export type NoticeAction = { readonly label: string; readonly run: () => void };
export type Notice = { readonly message: string; readonly kind: 'info' | 'error'; readonly action?: NoticeAction };

/** The notice bar; `onClose` when closed by its × or by its action. */
export function NoticeBar({ notice, onClose }: { readonly notice: Notice; readonly onClose: () => void }): ReactElement {
  return (
    <div className={`notice notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.message}</span>
      {notice.action ? (
        <button
          type="button"
          className="notice__action"
          onClick={() => {
            onClose();
            notice.action?.run();
          }}
        >
          {notice.action.label}
        </button>
      ) : null}
      <button type="button" aria-label={APP_STRINGS.closeNotice} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
