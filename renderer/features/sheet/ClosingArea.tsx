/**
 * The closing paragraphs ("Trên đây là Kế hoạch …"): shown as they print, edited in place like the
 * opening (one line per paragraph), so that a template's "{…}" guidance in them can be filled.
 */
import type { ReactElement } from 'react';
import type { ParagraphBlock } from '@core/model';
import { isBasisLine } from '@core/model';
import { runsText } from '@core/model';
import { RunsView } from './BodyView';
import { InlineText } from './InlineText';
import { SHEET_STRINGS } from './strings';

export type ClosingAreaProps = {
  readonly closing: readonly ParagraphBlock[];
  readonly readOnly: boolean;
  /** The edited lines (trimmed, empty ones dropped); absent: the closing is shown read-only. */
  readonly onClosing?: (lines: readonly string[]) => void;
};

/** The closing part of the page; nothing when the document has none. */
export function ClosingArea(props: ClosingAreaProps): ReactElement | null {
  const { closing, readOnly, onClosing } = props;
  if (closing.length === 0) {
    return null;
  }
  if (readOnly || !onClosing) {
    return (
      <div className="closing" data-part="closing">
        {closing.map((p) => (
          <p key={p.id} className={isBasisLine(runsText(p.runs)) ? 'body-p opening--basis' : 'body-p'} data-block-id={p.id}>
            <RunsView runs={p.runs} />
          </p>
        ))}
      </div>
    );
  }
  return (
    <div className="closing" data-part="closing">
      <InlineText
        className="opening__edit closing__edit"
        label={SHEET_STRINGS.closing}
        field="closing"
        value={closing.map((p) => runsText(p.runs)).join('\n')}
        multiline
        renderValue={(v) => v.split('\n').map((line, i) => (
          <span key={i} className="opening__line closing__line" data-block-id={closing[i]?.id}>
            {line}
          </span>
        ))}
        onCommit={(v) => onClosing(v.split('\n').map((s) => s.trim()).filter((s) => s !== ''))}
      />
    </div>
  );
}
