/**
 * Text on the page that turns into a field when clicked (the page is the interface).
 * Single-line fields commit on Enter or blur; multi-line ones on blur or Ctrl+Enter; Escape cancels.
 */
import { useState, type KeyboardEvent, type ReactElement, type ReactNode } from 'react';
import { SHEET_STRINGS } from './strings';

export type InlineTextProps = {
  readonly label: string;
  readonly value: string | null;
  readonly onCommit: (value: string) => void;
  readonly multiline?: boolean;
  readonly readOnly?: boolean;
  readonly className?: string;
  /** Header field name, so that a finding can reveal it. */
  readonly field?: string;
  /** Shown when the value is empty. */
  readonly placeholder?: string;
  /** A long one-paragraph value: edited in a wrapping box, Enter commits (no line breaks). */
  readonly paragraph?: boolean;
  /** How the value is drawn when not editing (default: the text itself). */
  readonly renderValue?: (value: string) => ReactNode;
};

/** A click-to-edit piece of the page. */
export function InlineText(props: InlineTextProps): ReactElement {
  const [draft, setDraft] = useState<string | null>(null);
  const value = props.value ?? '';
  const className = `inline-text ${props.className ?? ''}`;
  if (props.readOnly) {
    return (
      <span className={className} data-field={props.field}>
        {props.renderValue ? props.renderValue(value) : value}
      </span>
    );
  }
  if (draft === null) {
    const empty = value.trim() === '';
    return (
      <span
        role="button"
        tabIndex={0}
        aria-label={SHEET_STRINGS.edit(props.label)}
        title={SHEET_STRINGS.edit(props.label)}
        className={`${className} inline-text--view${empty ? ' inline-text--empty' : ''}`}
        data-field={props.field}
        onClick={() => setDraft(value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            setDraft(value);
          }
        }}
      >
        {empty ? (props.placeholder ?? SHEET_STRINGS.emptyField) : props.renderValue ? props.renderValue(value) : value}
      </span>
    );
  }
  const commit = (): void => {
    const next = draft.normalize('NFC');
    setDraft(null);
    if (next !== value) {
      props.onCommit(next);
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      setDraft(null);
    } else if (e.key === 'Enter' && (!props.multiline || props.paragraph || e.ctrlKey)) {
      e.preventDefault();
      commit();
    }
  };
  const common = {
    'aria-label': props.label,
    className: `${className} inline-text--edit`,
    'data-field': props.field,
    autoFocus: true,
    value: draft,
    onBlur: commit,
    onKeyDown,
  };
  if (props.multiline) {
    return <textarea {...common} rows={Math.max(2, draft.split('\n').length)} onChange={(e) => setDraft(e.target.value)} />;
  }
  return <input {...common} size={Math.max(4, draft.length + 1)} onChange={(e) => setDraft(e.target.value)} />;
}
