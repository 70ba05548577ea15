/**
 * "Kiểm tra hàng loạt": pick a folder or several files, watch the progress, read one table of files ×
 * errors and warnings (sortable), open a file's phiếu kiểm tra with a click, and export the table as the
 * command's CSV. In the app the host shows native pickers; in the web host the page's own file and folder
 * inputs send the files.
 */
import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import type { BatchFileReport } from '../../../electron/common/batch';
import { totalsLine, type SummaryRow } from '@core/report';
import type { HostApi, OpenedFile } from '../../app/services/contracts';
import { downloadBytes, toBase64 } from '../../app/services/bytes';
import { csvOf, firstTexts, kindsText, linesOf, sortLines, type Sort, type SortKey } from './batch-table';
import { BATCH_STRINGS } from './strings';
import { useBatch } from './use-batch';
import './batch.css';

export type BatchViewProps = {
  readonly host: HostApi;
  readonly isWebHost: boolean;
  readonly onClose: () => void;
  /** A file opened from the table (the reviewer view). */
  readonly onOpened: (file: OpenedFile) => void;
  readonly notify: (message: string, kind?: 'info' | 'error') => void;
};

const COLUMNS: readonly { readonly key: SortKey | null; readonly label: string; readonly numeric?: boolean }[] = [
  { key: 'index', label: BATCH_STRINGS.columns.index, numeric: true },
  { key: 'file', label: BATCH_STRINGS.columns.file },
  { key: 'kind', label: BATCH_STRINGS.columns.kind },
  { key: 'errors', label: BATCH_STRINGS.columns.errors, numeric: true },
  { key: 'warnings', label: BATCH_STRINGS.columns.warnings, numeric: true },
  { key: null, label: BATCH_STRINGS.columns.first },
];

function rowClass(row: SummaryRow | null): string {
  if (row === null) {return 'batch__row batch__row--pending';}
  if (row.reason !== null) {return 'batch__row batch__row--unreadable';}
  return row.errors > 0 ? 'batch__row batch__row--errors' : 'batch__row';
}

/** The hidden inputs of the web host: several files, or a whole folder (webkitdirectory). */
function WebPickers(props: { readonly disabled: boolean; readonly onFiles: (files: readonly File[], fromFolder: boolean) => void }): ReactElement {
  const folder = useRef<HTMLInputElement>(null);
  const files = useRef<HTMLInputElement>(null);
  useEffect(() => {
    folder.current?.setAttribute('webkitdirectory', '');
  }, []);
  const take = (input: HTMLInputElement, fromFolder: boolean): void => {
    const list = Array.from(input.files ?? []);
    input.value = '';
    if (list.length > 0) {
      props.onFiles(list, fromFolder);
    }
  };
  return (
    <>
      <input ref={folder} type="file" multiple className="visually-hidden" aria-label={BATCH_STRINGS.folderInputLabel} data-batch-input="folder" onChange={(e) => take(e.currentTarget, true)} />
      <input
        ref={files}
        type="file"
        multiple
        accept=".docx,.txt,.kehoach"
        className="visually-hidden"
        aria-label={BATCH_STRINGS.filesInputLabel}
        data-batch-input="files"
        onChange={(e) => take(e.currentTarget, false)}
      />
      <button type="button" className="primary" disabled={props.disabled} onClick={() => folder.current?.click()}>
        {BATCH_STRINGS.pickFolder}
      </button>
      <button type="button" disabled={props.disabled} onClick={() => files.current?.click()}>
        {BATCH_STRINGS.pickFiles}
      </button>
    </>
  );
}

/** One file's phiếu kiểm tra beside the table, printable, with a way to open the file itself. */
function ReportPanel(props: { readonly report: BatchFileReport | 'loading'; readonly onOpen: () => void; readonly onClose: () => void }): ReactElement {
  const frame = useRef<HTMLIFrameElement>(null);
  const report = props.report === 'loading' ? null : props.report;
  return (
    <aside className="batch__report" aria-label={report ? BATCH_STRINGS.reportTitle(report.file) : BATCH_STRINGS.reportLoading}>
      <header className="batch__report-head">
        <h2>{report ? BATCH_STRINGS.reportTitle(report.file) : BATCH_STRINGS.reportLoading}</h2>
        <div className="batch__report-actions">
          <button type="button" disabled={!report} onClick={() => frame.current?.contentWindow?.print()}>
            {BATCH_STRINGS.printReport}
          </button>
          <button type="button" disabled={!report} onClick={props.onOpen}>
            {BATCH_STRINGS.openFile}
          </button>
          <button type="button" onClick={props.onClose}>
            {BATCH_STRINGS.closeReport}
          </button>
        </div>
      </header>
      {report ? <iframe ref={frame} className="batch__report-frame" title={BATCH_STRINGS.reportFrame} sandbox="allow-same-origin allow-modals" srcDoc={report.html} /> : null}
    </aside>
  );
}

/** The batch review screen. */
export function BatchView(props: BatchViewProps): ReactElement {
  const { host } = props;
  const batch = useBatch(host);
  const [sort, setSort] = useState<Sort>({ key: 'index', descending: false });
  const [selected, setSelected] = useState<number | null>(null);
  const [report, setReport] = useState<BatchFileReport | 'loading' | null>(null);
  const status = batch.status;
  const lines = useMemo(() => (status ? sortLines(linesOf(status), sort) : []), [status, sort]);
  const checked = useMemo(() => (status ? status.rows.filter((r): r is SummaryRow => r !== null) : []), [status]);
  const running = status !== null && !status.finished;
  const busy = running || batch.reading;

  const sortBy = (key: SortKey): void => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key === 'errors' || key === 'warnings' }));
  const open = async (index: number): Promise<void> => {
    setSelected(index);
    setReport('loading');
    const r = await batch.report(index);
    setReport(r);
  };
  const openFile = async (): Promise<void> => {
    if (!report || report === 'loading' || selected === null) {return;}
    const upload = batch.uploads?.[selected];
    const result = report.path
      ? await host.openDocument({ path: report.path })
      : upload
        ? await host.openDocument({ upload: { name: upload.name, base64: toBase64(new Uint8Array(await upload.arrayBuffer())) } })
        : null;
    if (result && !result.ok) {
      props.notify(result.error.message, 'error');
    } else if (result?.value) {
      props.onOpened(result.value);
    }
  };
  const exportCsv = async (): Promise<void> => {
    if (!status) {return;}
    const bytes = new TextEncoder().encode(csvOf(status));
    const saved = await host.saveFile({ suggestedName: 'tong-hop-kiem-tra.csv', base64: toBase64(bytes), filter: 'csv' });
    if (!saved.ok) {
      props.notify(saved.error.message, 'error');
      return;
    }
    if (saved.value && saved.value.path === null) {
      downloadBytes(bytes, saved.value.name, 'text/csv;charset=utf-8');
    }
    if (saved.value) {
      props.notify(BATCH_STRINGS.exported(saved.value.name));
    }
  };

  return (
    <main className={`batch${report ? ' batch--with-report' : ''}`} aria-label={BATCH_STRINGS.title}>
      <header className="batch__head">
        <button type="button" className="link batch__back" onClick={props.onClose}>
          ← {BATCH_STRINGS.back}
        </button>
        <h1>{BATCH_STRINGS.title}</h1>
        <p className="hint">{BATCH_STRINGS.intro}</p>
        <div className="batch__actions">
          {props.isWebHost ? (
            <WebPickers disabled={busy} onFiles={(files, fromFolder) => void batch.upload(files, fromFolder)} />
          ) : (
            <>
              <button type="button" className="primary" disabled={busy} onClick={() => void batch.pick('folder')}>
                {BATCH_STRINGS.pickFolder}
              </button>
              <button type="button" disabled={busy} onClick={() => void batch.pick('files')}>
                {BATCH_STRINGS.pickFiles}
              </button>
            </>
          )}
          {running ? (
            <button type="button" onClick={() => void batch.cancel()}>
              {BATCH_STRINGS.cancel}
            </button>
          ) : null}
          {status && checked.length > 0 ? (
            <button type="button" disabled={running} onClick={() => void exportCsv()}>
              {BATCH_STRINGS.exportCsv}
            </button>
          ) : null}
        </div>
        {batch.reading ? <p role="status">{BATCH_STRINGS.reading}</p> : null}
        {batch.error ? (
          <p className="batch__error" role="alert">
            {batch.error}
          </p>
        ) : null}
      </header>
      {status ? (
        <section className="batch__progress" aria-label={BATCH_STRINGS.progressLabel}>
          <progress max={status.total} value={status.done} aria-label={BATCH_STRINGS.progressLabel} />
          <span role="status" data-batch-state={status.finished ? (status.cancelled ? 'cancelled' : 'finished') : 'running'}>
            {status.cancelled
              ? BATCH_STRINGS.cancelledNote(status.done, status.total)
              : status.finished
                ? `${BATCH_STRINGS.finished} ${totalsLine(checked)}`
                : BATCH_STRINGS.progress(status.done, status.total)}
          </span>
          {status.folder ? <span className="hint">{BATCH_STRINGS.folderNote(status.folder)}</span> : null}
          {batch.skipped > 0 ? <span className="hint">{BATCH_STRINGS.skipped(batch.skipped)}</span> : null}
        </section>
      ) : null}
      {status ? (
        <div className="batch__body">
          <div className="batch__table-wrap">
            <p className="hint">{BATCH_STRINGS.openHint}</p>
            <table className="batch__table" aria-label={BATCH_STRINGS.tableLabel}>
              <thead>
                <tr>
                  {COLUMNS.map((c) => (
                    <th
                      key={c.label}
                      scope="col"
                      className={c.numeric ? 'batch__n' : undefined}
                      aria-sort={c.key !== null && sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : undefined}
                    >
                      {c.key === null ? (
                        c.label
                      ) : (
                        <button type="button" className="batch__sort" onClick={() => sortBy(c.key as SortKey)}>
                          {c.label}
                          {sort.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                        </button>
                      )}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {lines.map((line) => (
                  <tr
                    key={line.index}
                    className={`${rowClass(line.row)}${selected === line.index ? ' batch__row--selected' : ''}`}
                    data-file={line.file}
                    tabIndex={line.row ? 0 : -1}
                    aria-selected={selected === line.index}
                    onClick={() => line.row && void open(line.index)}
                    onKeyDown={(e) => {
                      if ((e.key === 'Enter' || e.key === ' ') && line.row) {
                        e.preventDefault();
                        void open(line.index);
                      }
                    }}
                  >
                    <td className="batch__n">{line.index + 1}</td>
                    <td className="batch__file" title={line.file}>
                      {line.file}
                    </td>
                    <td>{kindsText(line.row)}</td>
                    <td className={`batch__n${line.row && line.row.errors > 0 ? ' batch__count--errors' : ''}`} data-col="errors">
                      {line.row && line.row.reason === null ? line.row.errors : ''}
                    </td>
                    <td className="batch__n" data-col="warnings">
                      {line.row && line.row.reason === null ? line.row.warnings : ''}
                    </td>
                    <td className="batch__first">
                      <ul>
                        {firstTexts(line.row).map((t, i) => (
                          <li key={i}>{t}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report ? (
            <ReportPanel
              report={report}
              onOpen={() => void openFile()}
              onClose={() => {
                setReport(null);
                setSelected(null);
              }}
            />
          ) : null}
        </div>
      ) : null}
    </main>
  );
}
