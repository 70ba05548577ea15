/**
 * Print preview: the page exactly as exported (A4 width, NĐ 30 margins, letterhead layout), then each
 * appendix on its own sheet (landscape where set), without editing affordances or guidance text; "In" prints it.
 */
import { useEffect, type ReactElement } from 'react';
import type { PlanDocument } from '../../../core/model/plan-document';
import { AppendixSheet, BodyView, Sheet } from '../sheet/index';
import { PREVIEW_STRINGS } from './strings';

export type PrintPreviewProps = {
  readonly doc: PlanDocument;
  readonly onClose: () => void;
};

const noop = (): void => undefined;

/** The preview overlay. */
export function PrintPreview(props: PrintPreviewProps): ReactElement {
  const { onClose } = props;
  useEffect(() => {
    document.body.classList.add('printing-preview');
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') {
        onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      document.body.classList.remove('printing-preview');
      window.removeEventListener('keydown', onKey);
    };
  }, [onClose]);
  return (
    <div className="preview" role="dialog" aria-modal="true" aria-label={PREVIEW_STRINGS.title}>
      <div className="preview__bar">
        <span className="preview__title">{PREVIEW_STRINGS.title}</span>
        <span className="preview__note">{PREVIEW_STRINGS.note}</span>
        <button type="button" className="primary" onClick={() => window.print()}>
          {PREVIEW_STRINGS.print}
        </button>
        <button type="button" onClick={props.onClose}>
          {PREVIEW_STRINGS.close}
        </button>
      </div>
      <div className="preview__pages">
        <Sheet
          doc={props.doc}
          readOnly
          preview
          body={<BodyView blocks={props.doc.body} endsWithMark showPlaceholders={false} />}
          onHeader={noop}
          onOpening={noop}
          onSignature={noop}
          onRecipients={noop}
        />
        {props.doc.appendices.map((appendix, index) => (
          <AppendixSheet
            key={appendix.id}
            appendices={props.doc.appendices}
            index={index}
            header={props.doc.header}
            readOnly
            preview
            body={<BodyView blocks={appendix.blocks} endsWithMark={false} showPlaceholders={false} />}
          />
        ))}
      </div>
    </div>
  );
}
