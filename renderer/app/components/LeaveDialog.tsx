/**
 * The question before unsaved work is left (new plan, open, drop a file): Lưu, Không lưu or Hủy,
 * as Word asks. Escape is Hủy. "Lưu" saves first and goes on only when the save went through.
 */
import type { ReactElement } from 'react';
import { Dialog } from '../../ui/Dialog';
import { APP_STRINGS } from '../strings';

/** What the user chose. */
export type LeaveChoice = 'save' | 'discard' | 'cancel';

export type LeaveDialogProps = {
  /** The open plan's name ("Kế hoạch mới", "ke-hoach-2025.kehoach"). */
  readonly name: string;
  readonly onChoose: (choice: LeaveChoice) => void;
};

/** Lưu / Không lưu / Hủy. */
export function LeaveDialog(props: LeaveDialogProps): ReactElement {
  const { onChoose } = props;
  return (
    <Dialog title={APP_STRINGS.leaveTitle} onClose={() => onChoose('cancel')}>
      <p>{APP_STRINGS.leaveQuestion(props.name)}</p>
      <div className="form__actions">
        <button type="button" className="primary" onClick={() => onChoose('save')}>
          {APP_STRINGS.leaveSave}
        </button>
        <button type="button" onClick={() => onChoose('discard')}>
          {APP_STRINGS.leaveDiscard}
        </button>
        <button type="button" onClick={() => onChoose('cancel')}>
          {APP_STRINGS.leaveCancel}
        </button>
      </div>
    </Dialog>
  );
}
