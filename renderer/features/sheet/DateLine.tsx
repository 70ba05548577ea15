/**
 * The place-date line ("Bắc Giang, ngày 05 tháng 3 năm 2026"): the place edits in place, the date
 * opens a date picker. Leading zeros come from core/text/dates (day < 10 and months 1–2 take one).
 */
import { useState, type ReactElement } from 'react';
import type { PlanDate } from '@core/model';
import { formatDateWords, isRealDate } from '@core/text';
import { InlineText } from './InlineText';
import { SHEET_STRINGS } from './strings';

export type DateLineProps = {
  readonly place: string | null;
  readonly date: PlanDate | null;
  readonly readOnly: boolean;
  readonly onPlace: (place: string) => void;
  readonly onDate: (date: PlanDate) => void;
};

/** "YYYY-MM-DD" for the native date input, or "" when any part is blank. */
export function toIsoDate(date: PlanDate | null): string {
  if (!date || date.day === null || date.month === null || date.year === null) {
    return '';
  }
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** The parts of a "YYYY-MM-DD" value, or null when it is not one. */
export function fromIsoDate(value: string): PlanDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) {
    return null;
  }
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** "dd/mm/yyyy" as the date field shows it whatever the browser's locale, or "" when any part is blank. */
export function toTypedDate(date: PlanDate | null): string {
  if (!date || date.day === null || date.month === null || date.year === null) {
    return '';
  }
  return `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${String(date.year).padStart(4, '0')}`;
}

/**
 * A typed date: "7/1/2026", "07/01/2026", "07-01-2026", "07.01.2026" (day first, as written in
 * Vietnam) or "2026-01-07"; null unless it is a real calendar date with a four-digit year.
 */
export function parseTypedDate(value: string): PlanDate | null {
  const text = value.trim();
  const iso = fromIsoDate(text);
  const m = iso ? null : /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/u.exec(text);
  const date = iso ?? (m ? { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) } : null);
  return date && date.day !== null && date.month !== null && date.year !== null && isRealDate(date.day, date.month, date.year) ? date : null;
}

/** The place and date line of the letterhead. */
export function DateLine(props: DateLineProps): ReactElement {
  const [picking, setPicking] = useState(false);
  // What is typed in the date field; a real date is committed as it is typed.
  const [typed, setTyped] = useState('');
  const words = formatDateWords(props.date);
  return (
    <div className="letterhead__date" data-field="date">
      <InlineText
        label={SHEET_STRINGS.place}
        field="place"
        value={props.place}
        readOnly={props.readOnly}
        placeholder="Địa danh"
        onCommit={props.onPlace}
      />
      {', '}
      {props.readOnly ? (
        <span>{words}</span>
      ) : (
        <button
          type="button"
          className="date-button"
          aria-label={SHEET_STRINGS.datePicker}
          aria-expanded={picking}
          onClick={() => {
            setTyped(toTypedDate(props.date));
            setPicking(!picking);
          }}
        >
          {words}
        </button>
      )}
      {picking && !props.readOnly ? (
        <div className="popover date-popover" role="dialog" aria-label={SHEET_STRINGS.datePicker}>
          <label>
            {SHEET_STRINGS.date}
            <input
              type="text"
              inputMode="numeric"
              placeholder={SHEET_STRINGS.dateFormat}
              aria-label={SHEET_STRINGS.date}
              aria-invalid={typed !== '' && parseTypedDate(typed) === null}
              value={typed}
              autoFocus
              onChange={(e) => {
                setTyped(e.target.value);
                const date = parseTypedDate(e.target.value);
                if (date) {
                  props.onDate(date);
                }
              }}
            />
          </label>
          <div className="popover__actions">
            <button
              type="button"
              onClick={() => {
                props.onDate({ day: null, month: null, year: props.date?.year ?? new Date().getFullYear() });
                setPicking(false);
              }}
            >
              {SHEET_STRINGS.dateBlank}
            </button>
            <button type="button" onClick={() => setPicking(false)}>
              {SHEET_STRINGS.dateDone}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
