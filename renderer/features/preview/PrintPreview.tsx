/**
 * Print preview: the exported .docx page by page, drawn from the writer's own layout description (PagedView),
 * with the page count; "In" prints exactly these pages (Electron's print and the browser's alike).
 */
import { useEffect, useMemo, type ReactElement } from 'react';
import { paginate } from '../../../core/layout/paginate';
import type { PlanDocument } from '../../../core/model/plan-document';
import { PagedView } from './PagedView';
import { PREVIEW_STRINGS } from './strings';

export type PrintPreviewProps = {
  readonly doc: PlanDocument;
  readonly onClose: () => void;
};

/** The preview overlay. */
export function PrintPreview(props: PrintPreviewProps): ReactElement {
  const { onClose } = props;
  const pagination = useMemo(() => paginate(props.doc), [props.doc]);
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
        <span className="preview__count" data-testid="preview-page-count">{PREVIEW_STRINGS.pages(pagination.pages.length)}</span>
        <span className="preview__note">{PREVIEW_STRINGS.note}</span>
        <button type="button" className="primary" onClick={() => window.print()}>
          {PREVIEW_STRINGS.print}
        </button>
        <button type="button" onClick={props.onClose}>
          {PREVIEW_STRINGS.close}
        </button>
      </div>
      <div className="preview__pages">
        <PagedView pagination={pagination} />
      </div>
    </div>
  );
}
