/**
 * A collapsed side panel: a narrow rail with the button that opens it again (and, for the checks,
 * the count of errors still open, so a collapsed panel still says something is wrong).
 */
import type { ReactElement } from 'react';

export type PanelRailProps = {
  readonly side: 'left' | 'right';
  /** The panel's name on the rail ("Dàn ý"). */
  readonly name: string;
  /** What the button does ("Mở dàn ý (Ctrl+Shift+1)"). */
  readonly label: string;
  readonly badge?: string;
  readonly onOpen: () => void;
};

/** The rail a collapsed panel leaves. */
export function PanelRail(props: PanelRailProps): ReactElement {
  return (
    <aside className={`panel-rail panel-rail--${props.side}`} aria-label={props.name}>
      <button type="button" className="panel-rail__button" aria-label={props.label} title={props.label} aria-expanded={false} onClick={props.onOpen}>
        <span aria-hidden="true">{props.side === 'left' ? '»' : '«'}</span>
        <span className="panel-rail__name">{props.name}</span>
        {props.badge ? <span className="panel-rail__badge">{props.badge}</span> : null}
      </button>
    </aside>
  );
}
