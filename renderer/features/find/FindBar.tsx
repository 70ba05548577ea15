/**
 * The find-and-replace bar over the page (Ctrl+F, Ctrl+H): query, options, count, previous / next,
 * replace one / all and taking a replacement back. Enter finds the next match, Shift+Enter the previous,
 * Escape closes (a match in the body stays selected there).
 */
import type { KeyboardEvent, ReactElement } from 'react';
import { FIND_STRINGS } from './strings';
import type { FindController } from './use-find';
import './find.css';

export type FindBarProps = { readonly find: FindController };

/** The bar; nothing while find is closed (the notice of F2 still shows). */
export function FindBar({ find }: FindBarProps): ReactElement | null {
  if (find.mode === null) {
    return find.notice ? (
      <div className="find-bar find-bar--notice" role="status" aria-live="polite">
        <span className="find-bar__notice">{find.notice}</span>
      </div>
    ) : null;
  }
  const onKeyDown = (e: KeyboardEvent<HTMLElement>): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      find.close();
    } else if (e.key === 'Enter' && e.currentTarget.dataset.role === 'query') {
      e.preventDefault();
      if (e.shiftKey) {
        find.previous();
      } else {
        find.next();
      }
    } else if (e.key === 'Enter' && e.currentTarget.dataset.role === 'replacement') {
      e.preventDefault();
      find.replaceOne();
    }
  };
  const replacing = find.mode === 'replace' && !find.readOnly;
  return (
    <div className="find-bar" role="search" aria-label={FIND_STRINGS.bar}>
      <div className="find-bar__row">
        <input
          ref={find.inputRef}
          type="text"
          data-role="query"
          aria-label={FIND_STRINGS.find}
          placeholder={FIND_STRINGS.find}
          value={find.query}
          onChange={(e) => find.setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <span className="find-bar__count" aria-live="polite" data-testid="find-count">
          {find.query === '' ? '' : FIND_STRINGS.count(find.current + 1, find.matches.length)}
        </span>
        <button type="button" onClick={find.previous} disabled={find.matches.length === 0}>
          {FIND_STRINGS.previous}
        </button>
        <button type="button" onClick={find.next} disabled={find.matches.length === 0}>
          {FIND_STRINGS.next}
        </button>
        <label>
          <input type="checkbox" checked={find.options.matchCase} onChange={(e) => find.setOptions({ ...find.options, matchCase: e.target.checked })} />{' '}
          {FIND_STRINGS.matchCase}
        </label>
        <label>
          <input type="checkbox" checked={find.options.wholeWord} onChange={(e) => find.setOptions({ ...find.options, wholeWord: e.target.checked })} />{' '}
          {FIND_STRINGS.wholeWord}
        </label>
        {!replacing && !find.readOnly ? (
          <button type="button" onClick={() => find.open('replace')}>
            {FIND_STRINGS.showReplace}
          </button>
        ) : null}
        <button type="button" onClick={find.close} aria-label={FIND_STRINGS.close}>
          ✕
        </button>
      </div>
      {replacing ? (
        <div className="find-bar__row">
          <input
            type="text"
            data-role="replacement"
            aria-label={FIND_STRINGS.replaceWith}
            placeholder={FIND_STRINGS.replaceWith}
            value={find.replacement}
            onChange={(e) => find.setReplacement(e.target.value)}
            onKeyDown={onKeyDown}
          />
          <button type="button" onClick={find.replaceOne} disabled={find.current < 0}>
            {FIND_STRINGS.replace}
          </button>
          <button type="button" onClick={find.replaceAll} disabled={find.matches.length === 0}>
            {FIND_STRINGS.replaceAll}
          </button>
          <button type="button" onClick={find.undo} disabled={!find.canUndo}>
            {FIND_STRINGS.undo}
          </button>
        </div>
      ) : null}
      {find.notice ? (
        <span className="find-bar__notice" role="status">
          {find.notice}
        </span>
      ) : null}
    </div>
  );
}
