/**
 * "Kiểm tra bằng bản in" for a Word file in reviewer mode: the file itself (chosen again here, so the check reads
 * the very bytes on disk) is rendered by LibreOffice on the host, and its pages are shown with what they show
 * wrong (page 1 numbered, a heading as a page's last line, the signer block alone). Without LibreOffice the
 * dialog says why the check was not run.
 */
import { useState, type ReactElement } from 'react';
import type { HostResult, RenderCheckResult } from '../../../electron/common/host-api';
import { PREVIEW_STRINGS } from './strings';

export type RenderCheckProps = {
  /** The name of the file under review, to ask for the same one. */
  readonly fileName: string;
  /** The host's verb; undefined when the host has no render service. */
  readonly renderCheck: ((request: { readonly base64: string }) => Promise<HostResult<RenderCheckResult>>) | undefined;
  readonly toBase64: (bytes: Uint8Array) => string;
  readonly onClose: () => void;
};

type State = { readonly step: 'choose' } | { readonly step: 'running' } | { readonly step: 'done'; readonly result: RenderCheckResult } | { readonly step: 'failed'; readonly message: string };

/** The dialog. */
export function RenderCheck(props: RenderCheckProps): ReactElement {
  const [state, setState] = useState<State>(props.renderCheck ? { step: 'choose' } : { step: 'done', result: { ran: false, reason: PREVIEW_STRINGS.renderUnavailable } });
  const run = async (file: File): Promise<void> => {
    if (!props.renderCheck) {
      return;
    }
    setState({ step: 'running' });
    const result = await props.renderCheck({ base64: props.toBase64(new Uint8Array(await file.arrayBuffer())) });
    setState(result.ok ? { step: 'done', result: result.value } : { step: 'failed', message: result.error.message });
  };
  return (
    <div className="render-check" role="dialog" aria-modal="true" aria-label={PREVIEW_STRINGS.renderTitle}>
      <div className="preview__bar">
        <span className="preview__title">{PREVIEW_STRINGS.renderTitle}</span>
        <span className="preview__note">{PREVIEW_STRINGS.renderNote}</span>
        <button type="button" onClick={props.onClose}>
          {PREVIEW_STRINGS.close}
        </button>
      </div>
      <div className="render-check__body">
        {state.step === 'choose' ? (
          <label className="render-check__choose">
            {PREVIEW_STRINGS.renderChoose(props.fileName)}
            <input type="file" accept=".docx" aria-label={PREVIEW_STRINGS.renderFile} onChange={(e) => { const file = e.target.files?.[0]; if (file) { void run(file); } }} />
          </label>
        ) : null}
        {state.step === 'running' ? <p role="status">{PREVIEW_STRINGS.renderRunning}</p> : null}
        {state.step === 'failed' ? <p role="alert">{state.message}</p> : null}
        {state.step === 'done' && !state.result.ran ? (
          <p role="status" className="render-check__reason">
            {state.result.reason}
          </p>
        ) : null}
        {state.step === 'done' && state.result.ran ? (
          <>
            <p role="status" className="render-check__summary">
              {PREVIEW_STRINGS.renderSummary(state.result.pages, state.result.findings.length)}
            </p>
            <ul className="render-check__findings">
              {state.result.findings.map((f, i) => (
                <li key={i} data-kind={f.kind}>
                  {f.message}
                </li>
              ))}
            </ul>
            <div className="render-check__pages">
              {state.result.images.map((src, i) => (
                <figure key={i} className={state.result.ran && state.result.findings.some((f) => f.page === i + 1) ? 'render-check__page render-check__page--flagged' : 'render-check__page'}>
                  <img src={src} alt={PREVIEW_STRINGS.pageOf(i + 1, state.result.ran ? state.result.pages : 0)} />
                  <figcaption>{PREVIEW_STRINGS.pageOf(i + 1, state.result.ran ? state.result.pages : 0)}</figcaption>
                </figure>
              ))}
            </div>
          </>
        ) : null}
      </div>
    </div>
  );
}
