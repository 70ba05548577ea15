/**
 * The top bar: Mới, Mở, Lưu, Xuất .docx, Xem trước bản in, the template name, Hồ sơ cơ quan; in
 * reviewer mode the check report and "import as a new plan" instead of editing actions.
 */
import { useState, type ReactElement } from 'react';
import type { PlanDocument } from '@core/model';
import { PREVIEW_STRINGS, RenderCheck } from '../../features/preview/index';
import { toBase64 } from '../services/bytes';
import { useHost } from '../context/host-context';
import type { Session } from '../state/plan-state';
import { APP_STRINGS } from '../strings';

export type TopBarProps = {
  readonly session: Session;
  readonly templateName: string | null;
  readonly onNew: () => void;
  readonly onOpen: () => void;
  readonly onSave: (saveAs: boolean) => void;
  readonly onExport: () => void;
  readonly onPreview: () => void;
  readonly onSettings: () => void;
  readonly onSelectDocument: (index: number) => void;
  readonly onPrintReport: () => void;
  /** The same phiếu as .docx (print-report.ts saveReportDocx). */
  readonly onReportDocx: () => void;
  readonly onImportAsNew: () => void;
};

function documentLabel(doc: PlanDocument, i: number): string {
  const type = doc.header.docType ?? (doc.kind === 'cong-van' ? 'Công văn' : 'Văn bản');
  const number = doc.header.symbol ? ` ${doc.header.number ?? ''}/${doc.header.symbol}` : '';
  return `${i + 1}. ${type}${number}`;
}

/** The bar across the top of the main window. */
export function TopBar(props: TopBarProps): ReactElement {
  const { session } = props;
  const review = session.mode === 'review';
  const host = useHost();
  const [rendering, setRendering] = useState(false);
  return (
    <header className="topbar" role="toolbar" aria-label="Thanh công cụ">
      <button type="button" onClick={props.onNew} title="Ctrl+N">
        {APP_STRINGS.newPlan}
      </button>
      <button type="button" onClick={props.onOpen} title="Ctrl+O">
        {APP_STRINGS.open}
      </button>
      {review ? null : (
        <>
          <button type="button" onClick={() => props.onSave(false)} title="Ctrl+S">
            {APP_STRINGS.save}
          </button>
          <button type="button" onClick={() => props.onSave(true)} title="Ctrl+Shift+S">
            {APP_STRINGS.saveAs}
          </button>
        </>
      )}
      <button type="button" onClick={props.onExport} title="Ctrl+E">
        {APP_STRINGS.exportDocx}
      </button>
      <button type="button" onClick={props.onPreview} title="Ctrl+P">
        {APP_STRINGS.preview}
      </button>
      {review ? (
        <>
          <span className="topbar__mode">{APP_STRINGS.reviewMode}</span>
          <button type="button" onClick={props.onPrintReport}>
            {APP_STRINGS.printReport}
          </button>
          <button type="button" onClick={props.onReportDocx}>
            {PREVIEW_STRINGS.reportDocx}
          </button>
          {session.format === 'docx' ? (
            <button type="button" onClick={() => setRendering(true)}>
              {PREVIEW_STRINGS.renderButton}
            </button>
          ) : null}
          {rendering ? <RenderCheck fileName={session.name} renderCheck={host.renderCheck?.bind(host)} toBase64={toBase64} onClose={() => setRendering(false)} /> : null}
          <button type="button" className="primary" onClick={props.onImportAsNew}>
            {APP_STRINGS.importAsNew}
          </button>
        </>
      ) : null}
      {session.documents.length > 1 ? (
        <label className="topbar__docs">
          {APP_STRINGS.documentPicker}
          <select aria-label={APP_STRINGS.documentPicker} value={session.activeIndex} onChange={(e) => props.onSelectDocument(Number(e.target.value))}>
            {session.documents.map((d, i) => (
              <option key={i} value={i}>
                {documentLabel(d, i)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <span className="topbar__spacer" />
      <span className="topbar__file" aria-label="Tệp đang mở" title={session.path ?? session.name}>
        {session.name}
        {session.dirty ? ` ${APP_STRINGS.unsavedMarker}` : ''}
      </span>
      <span className="topbar__template" aria-label={APP_STRINGS.template} title={props.templateName ?? APP_STRINGS.noTemplate}>
        {APP_STRINGS.template}: {props.templateName ?? APP_STRINGS.noTemplate}
      </span>
      <button type="button" onClick={props.onSettings}>
        {APP_STRINGS.profile}
      </button>
    </header>
  );
}
