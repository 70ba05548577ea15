/**
 * The save conflict: the file changed (or is held) elsewhere since this window opened or saved it.
 * Nothing was written; the user chooses to save a copy, reload the disk version, or overwrite it
 * (after confirming; the disk version goes to the backup).
 */
import type { ReactElement } from 'react';
import { Dialog } from '../../ui/Dialog';
import { SAFETY_STRINGS } from './strings';

export type ConflictDialogProps = {
  /** The host's explanation (which file, what happened). */
  readonly message: string;
  readonly onSaveCopy: () => void;
  readonly onReload: () => void;
  readonly onOverwrite: () => void;
  readonly onCancel: () => void;
};

/** The three ways out of a save conflict, and "later". */
export function ConflictDialog(props: ConflictDialogProps): ReactElement {
  const choice = (label: string, hint: string, run: () => void): ReactElement => (
    <li>
      <button type="button" onClick={run}>
        {label}
      </button>
      <span className="hint"> {hint}</span>
    </li>
  );
  return (
    <Dialog title={SAFETY_STRINGS.conflictTitle} onClose={props.onCancel}>
      <p role="alert">{props.message}</p>
      <p>{SAFETY_STRINGS.conflictLead}</p>
      <ul className="conflict__choices">
        {choice(SAFETY_STRINGS.saveCopy, SAFETY_STRINGS.saveCopyHint, props.onSaveCopy)}
        {choice(SAFETY_STRINGS.reload, SAFETY_STRINGS.reloadHint, props.onReload)}
        {choice(SAFETY_STRINGS.overwrite, SAFETY_STRINGS.overwriteHint, props.onOverwrite)}
      </ul>
      <div className="form__actions">
        <button type="button" onClick={props.onCancel}>
          {SAFETY_STRINGS.cancel}
        </button>
      </div>
    </Dialog>
  );
}
