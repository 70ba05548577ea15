/**
 * The file name asked in the page (the web host has no native save dialog): prefilled with the
 * default name made from the kind and trích yếu, Enter accepts, Escape or Hủy gives up.
 */
import { useState, type ReactElement } from 'react';
import { Dialog } from '../../ui/Dialog';
import { APP_STRINGS } from '../strings';

export type FileNameDialogProps = {
  readonly title: string;
  /** "Lưu" or "Xuất". */
  readonly action: string;
  readonly defaultName: string;
  /** The extension the name must end with, without the dot ("kehoach", "docx"). */
  readonly extension: string;
  readonly onChoose: (name: string | null) => void;
};

/** The typed name with the extension (added when missing), or null when nothing usable was typed. */
export function withExtension(typed: string, extension: string): string | null {
  const name = typed.normalize('NFC').trim().replace(/[\\/:*?"<>|]/gu, '-');
  if (name === '' || name === `.${extension}`) {
    return null;
  }
  return name.toLowerCase().endsWith(`.${extension}`) ? name : `${name}.${extension}`;
}

/** The name field and its two buttons. */
export function FileNameDialog(props: FileNameDialogProps): ReactElement {
  const [name, setName] = useState(props.defaultName);
  const chosen = withExtension(name, props.extension);
  return (
    <Dialog title={props.title} onClose={() => props.onChoose(null)}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen) {
            props.onChoose(chosen);
          }
        }}
      >
        <label>
          {APP_STRINGS.fileName}
          <input aria-label={APP_STRINGS.fileName} value={name} onChange={(e) => setName(e.target.value)} onFocus={(e) => e.target.select()} />
        </label>
        <p className="hint">{APP_STRINGS.fileNameHint}</p>
        <div className="form__actions">
          <button type="submit" className="primary" disabled={chosen === null}>
            {props.action}
          </button>
          <button type="button" onClick={() => props.onChoose(null)}>
            {APP_STRINGS.leaveCancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
