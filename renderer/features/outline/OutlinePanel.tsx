/**
 * The left panel: the section tree with a dot per finding severity; a click reveals the place.
 */
import { memo, type ReactElement } from 'react';
import { activeEntryKey, sameOutline, type OutlineEntry } from './outline-model';
import { OUTLINE_STRINGS } from './strings';

export type OutlinePanelProps = {
  readonly entries: readonly OutlineEntry[];
  readonly activeBlockId: string | null;
  readonly onSelect: (entry: OutlineEntry) => void;
  /** Collapses the panel to a rail (the button's label says how, with its shortcut). */
  readonly onCollapse?: () => void;
  readonly collapseLabel?: string;
};

/** The outline; redrawn only when an entry's label, text or dots change (not on every keystroke). */
export const OutlinePanel = memo(
  OutlinePanelView,
  (a, b) => a.activeBlockId === b.activeBlockId && a.onSelect === b.onSelect && a.onCollapse === b.onCollapse && sameOutline(a.entries, b.entries),
);

function OutlinePanelView(props: OutlinePanelProps): ReactElement {
  const active = activeEntryKey(props.entries, props.activeBlockId);
  return (
    <nav className="panel outline" aria-label={OUTLINE_STRINGS.title}>
      <div className="panel__head">
        <h2 className="panel__title">{OUTLINE_STRINGS.title}</h2>
        {props.onCollapse ? (
          <button type="button" className="panel__collapse" aria-label={props.collapseLabel} title={props.collapseLabel} aria-expanded={true} onClick={props.onCollapse}>
            <span aria-hidden="true">«</span>
          </button>
        ) : null}
      </div>
      <ul>
        {props.entries.map((entry) => (
          <li key={entry.key} className={`outline__entry outline__entry--d${entry.depth}`}>
            <button
              type="button"
              className={entry.key === active ? 'outline__button is-active' : 'outline__button'}
              aria-current={entry.key === active ? 'location' : undefined}
              onClick={() => props.onSelect(entry)}
              aria-label={`${entry.label} ${entry.text}${entry.count > 0 ? ` (${OUTLINE_STRINGS.findings(entry.count)})` : ''}`.trim()}
            >
              <span className="outline__label">{entry.label}</span>
              <span className="outline__text">{entry.text || OUTLINE_STRINGS.untitled}</span>
              {entry.count > 0 ? (
                <span className="outline__count" aria-hidden="true">
                  {entry.count}
                </span>
              ) : null}
              <span className="outline__dots" aria-hidden="true">
                {entry.severities.map((s) => (
                  <span key={s} className={`dot dot--${s}`} />
                ))}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
