/**
 * One appendix (phụ lục) on a sheet of its own, as the .docx prints it: the label line ("Phụ lục I",
 * computed unless read from a file), the title in capitals, the "(Kèm theo …)" line derived from the
 * header (so it follows the number, date and issuer as they change), then its blocks. A landscape
 * appendix is drawn on a landscape sheet. Above the sheet (never printed): orientation and delete.
 */
import { memo, type ReactElement, type ReactNode } from 'react';
import { appendixLabel, attachedLine } from '@core/model';
import type { Appendix, Header, Orientation } from '@core/model';
import { InlineText } from './InlineText';
import { SHEET_STRINGS } from './strings';

export type AppendixSheetProps = {
  readonly appendices: readonly Appendix[];
  readonly index: number;
  readonly header: Header;
  /** The appendix body: an editor, or BodyView. */
  readonly body: ReactNode;
  readonly readOnly: boolean;
  /** Print preview: no bar, no edit affordances. */
  readonly preview?: boolean;
  readonly onTitle?: (id: string, title: string) => void;
  readonly onOrientation?: (id: string, orientation: Orientation) => void;
  readonly onDelete?: (id: string) => void;
};

/**
 * A typed title as the decree sets it: in capitals, one line per line typed; a bracketed note line
 * ("(Ban hành kèm theo …)") keeps its case.
 */
export function titleLines(typed: string): string {
  return typed
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => (line.startsWith('(') ? line : line.toLocaleUpperCase('vi-VN')))
    .join('\n');
}

/** The confirmation asked before an appendix is deleted. */
export function deleteAppendixQuestion(label: string, title: string): string {
  const name = title.trim() === '' ? label : `${label} “${title.replace(/\s+/g, ' ').trim()}”`;
  return `Xóa ${name}? Toàn bộ nội dung của phụ lục này sẽ bị xóa.`;
}

function AppendixSheetView(props: AppendixSheetProps): ReactElement | null {
  const appendix = props.appendices[props.index];
  if (!appendix) {
    return null;
  }
  const label = appendixLabel(props.appendices, props.index);
  const landscape = appendix.orientation === 'landscape';
  const editable = !props.readOnly && !props.preview;
  return (
    <section className={`appendix${landscape ? ' appendix--landscape' : ''}`} data-appendix-id={appendix.id}>
      {editable ? (
        <div className={`appendix__bar${landscape ? ' appendix__bar--landscape' : ''}`}>
          <span className="appendix__bar-name">{label}</span>
          <label>
            {SHEET_STRINGS.orientation}{' '}
            <select
              aria-label={`${SHEET_STRINGS.orientation} ${label}`}
              value={appendix.orientation}
              onChange={(e) => props.onOrientation?.(appendix.id, e.target.value === 'landscape' ? 'landscape' : 'portrait')}
            >
              <option value="portrait">{SHEET_STRINGS.portrait}</option>
              <option value="landscape">{SHEET_STRINGS.landscape}</option>
            </select>
          </label>
          <span className="spacer" />
          <button
            type="button"
            onClick={() => {
              if (window.confirm(deleteAppendixQuestion(label, appendix.title))) {
                props.onDelete?.(appendix.id);
              }
            }}
          >
            {SHEET_STRINGS.deleteAppendix}
          </button>
        </div>
      ) : null}
      <article
        className={`appendix-sheet${landscape ? ' appendix-sheet--landscape' : ''}${props.preview ? ' appendix-sheet--preview' : ''}`}
        aria-label={label}
        data-orientation={appendix.orientation}
      >
        <div className="appendix__head" data-block-id={appendix.id}>
          <div className="appendix__label">{label}</div>
          <InlineText
            className="appendix__title"
            label={`${SHEET_STRINGS.appendixTitle} ${label}`}
            value={appendix.title}
            multiline
            readOnly={!editable}
            placeholder={SHEET_STRINGS.appendixTitlePlaceholder}
            onCommit={(v) => props.onTitle?.(appendix.id, titleLines(v))}
          />
          <div className="appendix__attached">{attachedLine({ header: props.header }, appendix)}</div>
        </div>
        <div className="appendix__body">{props.body}</div>
      </article>
    </section>
  );
}

/** An appendix sheet (memoized: typing in the body leaves it alone). */
export const AppendixSheet = memo(AppendixSheetView);
