/**
 * Export with errors still open: one question listing them (at most a dozen shown), "Vẫn xuất" or
 * "Hủy" to go back and fix them. Asked once for a given set of errors: exporting again with no new
 * error does not ask again.
 */
import type { ReactElement } from 'react';
import type { Finding } from '@core/rules';
import { Dialog } from '../../ui/Dialog';
import { APP_STRINGS } from '../strings';

const SHOWN = 12;

export type ExportErrorsDialogProps = {
  readonly errors: readonly Finding[];
  readonly onChoose: (exportAnyway: boolean) => void;
};

/** The errors and the two ways on. */
export function ExportErrorsDialog(props: ExportErrorsDialogProps): ReactElement {
  const { errors, onChoose } = props;
  return (
    <Dialog title={APP_STRINGS.exportErrorsTitle} onClose={() => onChoose(false)} wide>
      <p>{APP_STRINGS.exportErrorsLead(errors.length)}</p>
      <ul className="export-errors">
        {errors.slice(0, SHOWN).map((f, i) => (
          <li key={`${f.rule}-${i}`}>{f.message}</li>
        ))}
      </ul>
      {errors.length > SHOWN ? <p className="hint">{APP_STRINGS.exportErrorsMore(errors.length - SHOWN)}</p> : null}
      <div className="form__actions">
        <button type="button" onClick={() => onChoose(false)}>
          {APP_STRINGS.exportErrorsFix}
        </button>
        <button type="button" onClick={() => onChoose(true)}>
          {APP_STRINGS.exportAnyway}
        </button>
      </div>
    </Dialog>
  );
}

/** A key per error (rule and message), to ask only when an error the user has not seen appears. */
export function errorKeys(errors: readonly Finding[]): string[] {
  return errors.map((f) => `${f.rule}\u0000${f.message}`);
}
