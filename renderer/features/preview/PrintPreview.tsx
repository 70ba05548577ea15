/**
 * Print preview: the exported .docx page by page, drawn from the writer's own layout description (PagedView),
 * with the page count; "In" prints exactly these pages (Electron's print and the browser's alike). In the app,
 * "Lưu PDF" saves the same pages as PDF through the host's printToPdf (Electron's printToPDF, save dialog);
 * the web host has no such verb to offer: the browser's print saves a PDF there.
 */
import { useEffect, useMemo, useState, type ReactElement } from 'react';
import type { HostApi } from '../../../electron/common/host-api';
import { paginate } from '@core/layout';
import type { PlanDocument } from '@core/model';
import { defaultFileName } from '@core/text';
import { PagedView } from './PagedView';
import { PREVIEW_STRINGS } from './strings';

export type PrintPreviewProps = {
  readonly doc: PlanDocument;
  readonly onClose: () => void;
};

/** The app's own host (the preload's window.host), which can print a page to PDF; null in the browser. */
function nativeHost(): Pick<HostApi, 'printToPdf'> | null {
  const host = (window as { host?: Pick<HostApi, 'printToPdf'> }).host;
  return host?.printToPdf ? host : null;
}

/** The preview overlay. */
export function PrintPreview(props: PrintPreviewProps): ReactElement {
  const { onClose } = props;
  const pagination = useMemo(() => paginate(props.doc), [props.doc]);
  const native = useMemo(nativeHost, []);
  const [saved, setSaved] = useState<string | null>(null);
  const savePdf = async (): Promise<void> => {
    const result = await native?.printToPdf?.({ suggestedName: defaultFileName(props.doc.kind, props.doc.header.summary, 'pdf') });
    if (result) {
      setSaved(result.ok ? (result.value ? PREVIEW_STRINGS.pdfSaved(result.value.name) : null) : result.error.message);
    }
  };
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
        {native ? (
          <button type="button" onClick={() => void savePdf()}>
            {PREVIEW_STRINGS.savePdf}
          </button>
        ) : null}
        {saved ? (
          <span className="preview__saved" role="status">
            {saved}
          </span>
        ) : null}
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
