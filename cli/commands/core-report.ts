/**
 * The grouped text report and the printable HTML report (phiếu kiểm tra thể thức) come from
 * core/report, written by the checker's owner. Loaded by a path string so that the CLI compiles and
 * runs before that module lands; null means "not available" and the caller falls back or says so.
 */
import type { CheckedFile } from './check-report';

type ReportModule = Partial<Record<'formatTextReport' | 'formatHtmlReport', (input: unknown) => string>>;

const REPORT_MODULE = '../../core/report/index';

/** The report rendered by core/report, or null while that module or function is missing. */
export async function formatWithCoreReport(format: 'text' | 'html', files: readonly CheckedFile[]): Promise<string | null> {
  let mod: ReportModule;
  try {
    mod = (await import(/* @vite-ignore */ REPORT_MODULE)) as ReportModule;
  } catch {
    return null;
  }
  const render = format === 'text' ? mod.formatTextReport : mod.formatHtmlReport;
  if (typeof render !== 'function') {
    return null;
  }
  return render(files);
}
