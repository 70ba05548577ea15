/**
 * `kehoach check <file or folder…> [--json] [--profile <id>] [--format text|json|csv|html|docx] [-o out] [--jobs N]`.
 * Exit 0 no errors, 1 errors found, 2 some input could not be read (one line on stderr per file).
 *
 * One file is checked in this thread and reported as before (the contract's JSON object). Several files,
 * or a folder (walked for .docx, .txt and .kehoach), are a batch: checked in worker threads, one per core,
 * reported in the order named, with one row per file in the summary (JSON array, CSV, HTML table); a file
 * that cannot be read is a row with its reason and the run goes on. See cli/batch.
 *
 * `--format docx -o phieu.docx` (one file) writes the same phiếu as the HTML report as a Word file; its
 * writer is a bundle of its own (cli/entries/report-docx.ts), loaded only then, so a check carries no
 * docx library. `--reviewer` and `--unit` fill the phiếu's "Người kiểm tra" block (html and docx).
 */
import { mkdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHtmlReport, type JsonReport, type ReportFile, type ReportReviewer } from '@core/report';
import { checkDocument } from '@core/rules';
import { loadCatalogue } from '../catalogue';
import type * as ReportDocxEntry from '../entries/report-docx';
import type * as BatchPool from '../batch/pool';
import type * as Outputs from './output';
import { flag, parseVerbArgs, stringOption } from '../args';
import { checkFile, type CheckSettings, type FileOutcome, type Wanted } from '../batch/check-file';
import { collectInputs, type BatchItem } from '../batch/collect';
import { createProgress } from '../batch/progress';
import { formatCsvSummary, formatHtmlSummary, rowOf, totalsLine, unreadableRow, type SummaryRow } from '@core/report';
import { ExitCode, resolvePath, type CliIo } from '../io';
import { BUNDLED, checkWorkerUrl, templatesDir } from '../paths';
import { readDocumentFile } from '../services/documents';
import { VERB_USAGE } from '../usage';
import { fail, misuse } from './messages';

/**
 * Loaded when a run needs them, not at every start (issue 13): the worker pool (node:worker_threads) only
 * for several files, the file writer (node:crypto for its temporary names) only with -o or a batch's html.
 */
const batchPool = (): Promise<typeof BatchPool> => import('../batch/pool');
const outputs = (): Promise<typeof Outputs> => import('./output');

const OPTIONS = {
  json: { type: 'boolean' },
  profile: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  reviewer: { type: 'string' },
  unit: { type: 'string' },
} as const;

type Format = 'text' | 'json' | 'csv' | 'html' | 'docx';

type Run = {
  readonly io: CliIo;
  readonly format: Format;
  readonly output: string | undefined;
  readonly force: boolean;
  readonly jobs: number;
  readonly templatesDir: string;
  readonly profileId: string | undefined;
  readonly settings: Omit<CheckSettings, 'want'>;
  /** Who signs the phiếu, when named on the command line. */
  readonly reviewer: ReportReviewer | undefined;
};

/** Checks every document of every file named, and of every file in the folders named. */
export async function checkCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const usage = VERB_USAGE['check'] ?? '';
  const parsed = parseVerbArgs(args, OPTIONS, true);
  if (!parsed.ok) {
    return misuse(io, parsed.message, usage);
  }
  const format = chosenFormat(stringOption(parsed.value, 'format'), flag(parsed.value, 'json'));
  if (format === null) {
    return misuse(io, 'định dạng báo cáo chỉ là text, json, csv, html hoặc docx.', usage);
  }
  const jobsText = stringOption(parsed.value, 'jobs');
  const jobs = jobsText === undefined ? availableParallelism() : /^[1-9]\d{0,2}$/.test(jobsText) ? Number(jobsText) : null;
  if (jobs === null) {
    return misuse(io, `số luồng kiểm tra (--jobs) phải là số nguyên dương (đang là "${jobsText ?? ''}").`, usage);
  }
  if (parsed.value.positionals.length === 0) {
    return misuse(io, 'thiếu tệp hoặc thư mục cần kiểm tra.', usage);
  }
  const output = stringOption(parsed.value, 'output');
  if (format === 'docx' && output === undefined) {
    return misuse(io, 'phiếu .docx cần tên tệp để ghi: thêm -o <tệp.docx>.', usage);
  }
  const dir = templatesDir();
  const catalogue = await loadCatalogue(dir);
  const profileId = stringOption(parsed.value, 'profile');
  if (profileId !== undefined && !catalogue.profiles.some((p) => p.id === profileId)) {
    return fail(io, `Không có mẫu "${profileId}". Các mẫu hiện có: ${catalogue.profiles.map((p) => p.id).join(', ')}.`);
  }
  const run: Run = {
    io,
    format,
    output,
    force: flag(parsed.value, 'force'),
    jobs,
    templatesDir: dir,
    profileId,
    settings: { profiles: catalogue.profiles, ...(profileId === undefined ? {} : { profileId }), checkedAt: Date.now() },
    reviewer: reviewerOf(stringOption(parsed.value, 'reviewer'), stringOption(parsed.value, 'unit')),
  };
  const { items, several } = await collectInputs(io, parsed.value.positionals);
  const clash = output === undefined ? null : await (await outputs()).sameFileAsInput(io, output, items.map((item) => item.path));
  if (clash !== null) {
    return fail(io, clash);
  }
  const only = items[0];
  if (format === 'docx' && (several || only === undefined)) {
    return misuse(io, 'phiếu .docx được ghi cho từng tệp một; nhiều tệp hãy dùng --format html hoặc csv.', usage);
  }
  if (only !== undefined && !several && (format === 'docx' || (format === 'html' && run.reviewer !== undefined))) {
    return checkOnePhieu(run, only);
  }
  return several || only === undefined ? checkBatch(run, items) : checkOne(run, only);
}

function reviewerOf(name: string | undefined, unit: string | undefined): ReportReviewer | undefined {
  const given = { ...(name?.trim() ? { name: name.trim().normalize('NFC') } : {}), ...(unit?.trim() ? { unit: unit.trim().normalize('NFC') } : {}) };
  return Object.keys(given).length > 0 ? given : undefined;
}

function chosenFormat(format: string | undefined, json: boolean): Format | null {
  if (format === undefined) {
    return json ? 'json' : 'text';
  }
  return format === 'text' || format === 'json' || format === 'csv' || format === 'html' || format === 'docx' ? format : null;
}

// ---- the phiếu of one file (docx, or html with the reviewer named) ----------------------------------

/** The module that writes the phiếu as .docx (cli/entries/report-docx.ts). */
type ReportDocxModule = typeof ReportDocxEntry;

/**
 * Loads the .docx phiếu writer: from the bundle, its own report-docx.cjs beside this one; from the
 * sources, the entry itself. The path is computed, so the check bundle does not take the writer in.
 */
async function loadReportDocx(): Promise<ReportDocxModule> {
  if (BUNDLED) {
    const require = createRequire(import.meta.url);
    return require(join(dirname(fileURLToPath(import.meta.url)), 'report-docx.cjs')) as ReportDocxModule;
  }
  const entry = new URL('../entries/report-docx.ts', import.meta.url);
  return (await import(entry.href)) as ReportDocxModule;
}

/** One file's phiếu with the reviewer's block filled in as named: .docx (always to a file) or HTML. */
async function checkOnePhieu(run: Run, item: BatchItem): Promise<ExitCode> {
  const { io, settings } = run;
  let report: ReportFile;
  try {
    const read = await readDocumentFile(item.path);
    if (!read.ok) {
      return fail(io, read.error.message);
    }
    const options = settings.profileId === undefined ? { profiles: settings.profiles } : { profiles: settings.profiles, profileId: settings.profileId };
    report = { file: item.file, documents: read.value.documents.map((doc) => ({ doc, result: checkDocument(doc, options) })) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fail(io, `Không kiểm tra được tệp "${item.file}" (lỗi nội bộ: ${reason}).`);
  }
  const options = { checkedAt: new Date(settings.checkedAt), ...(run.reviewer ? { reviewer: run.reviewer } : {}) };
  const data = run.format === 'docx' ? await (await loadReportDocx()).writeReportDocx([report], options) : formatHtmlReport([report], options);
  if (run.output !== undefined) {
    const written = await (await outputs()).writeOutput(io, run.output, data, run.force);
    if (!written.ok) {
      return fail(io, written.error.message);
    }
  } else {
    io.out(typeof data === 'string' ? data : '');
  }
  return rowOf(report).errors > 0 ? ExitCode.FINDINGS : ExitCode.OK;
}

// ---- one file ------------------------------------------------------------------------------------

/** One file named: checked here; the contract's report (the JSON object, not an array). */
async function checkOne(run: Run, item: BatchItem): Promise<ExitCode> {
  const { io, format } = run;
  const want: Wanted = { text: format === 'text', json: format === 'json', html: format === 'html' };
  const outcome = await checkFile(item.file, item.path, { ...run.settings, want });
  if (outcome.row.reason !== null) {
    return fail(io, outcome.row.reason);
  }
  const report =
    format === 'json'
      ? `${JSON.stringify(outcome.json, null, 2)}\n`
      : format === 'csv'
        ? formatCsvSummary([outcome.row])
        : ((format === 'html' ? outcome.html : outcome.text) ?? '');
  if (run.output) {
    const written = await (await outputs()).writeOutput(io, run.output, report, run.force);
    if (!written.ok) {
      return fail(io, written.error.message);
    }
  } else {
    io.out(report);
  }
  return outcome.row.errors > 0 ? ExitCode.FINDINGS : ExitCode.OK;
}

// ---- a batch -------------------------------------------------------------------------------------

/** Where an HTML batch report goes: the summary page, and a folder for each file's own report. */
type HtmlTarget = {
  /** The summary page, as written with writeOutput. */
  readonly summary: string;
  /** Absolute folder of the files' own reports. */
  readonly reportsDir: string;
  /** The reports folder as the summary's links start, "" or "name/". */
  readonly prefix: string;
};

/**
 * `-o report.html`: the summary there, each file's report in the folder "report/" beside it.
 * `-o folder` (any name not ending in .html): folder/index.html and each file's report in that folder.
 */
function htmlTarget(io: CliIo, output: string): HtmlTarget {
  if (/\.html?$/i.test(output)) {
    const stem = basename(output).replace(/\.html?$/i, '');
    return { summary: output, reportsDir: join(dirname(resolvePath(io, output)), stem), prefix: `${encodeURIComponent(stem)}/` };
  }
  return { summary: join(output, 'index.html'), reportsDir: resolvePath(io, output), prefix: '' };
}

/** The file name of one file's own report: its position and its name ("003-ke-hoach.docx.html"). */
function reportName(index: number, total: number, file: string): string {
  const width = Math.max(3, String(total).length);
  const safe = Array.from(basename(file), (c) => (c < ' ' || '<>:"/\\|?*'.includes(c) ? '_' : c)).join('');
  return `${String(index + 1).padStart(width, '0')}-${safe}.html`;
}

/** Why the report could not be written where asked, or null; checked before the run, not after it. */
async function outputProblem(io: CliIo, path: string, force: boolean, folderMayBeMissing: boolean): Promise<string | null> {
  const target = resolvePath(io, path);
  try {
    const info = await stat(target);
    if (info.isDirectory()) {
      return `"${path}" là một thư mục; hãy ghi rõ tên tệp.`;
    }
    return force ? null : `Tệp "${path}" đã có; thêm --force để ghi đè.`;
  } catch {
    // does not exist yet: the normal case
  }
  if (!folderMayBeMissing) {
    try {
      await stat(dirname(target));
    } catch {
      return `Không có thư mục "${dirname(path)}" để ghi "${basename(path)}".`;
    }
  }
  return null;
}

/** Several files or a folder: checked in worker threads, reported in the order named. */
async function checkBatch(run: Run, items: readonly BatchItem[]): Promise<ExitCode> {
  const { io, format, output } = run;
  const html = format === 'html' && output !== undefined ? htmlTarget(io, output) : null;
  const destination = html ? html.summary : output;
  if (destination !== undefined) {
    const problem = await outputProblem(io, destination, run.force, html !== null && html.prefix === '');
    if (problem !== null) {
      return fail(io, problem);
    }
  }
  if (html) {
    try {
      await mkdir(html.reportsDir, { recursive: true });
    } catch {
      return fail(io, `Không tạo được thư mục "${html.reportsDir}" để ghi báo cáo từng tệp.`);
    }
  }
  const want: Wanted = { text: format === 'text', json: format === 'json', html: html !== null };
  const { writeOutput } = await outputs();
  const progress = createProgress(io, items.length);
  const chunks: string[] = [];
  const emit = (text: string): void => {
    if (destination === undefined) {
      progress.around(() => io.out(text));
    } else {
      chunks.push(text);
    }
  };
  const rows: SummaryRow[] = [];
  const writes: Promise<void>[] = [];
  const links = new Map<number, string>();
  let unwritten = 0;

  // Outcomes arrive in any order; they are reported in the order the files were named.
  const pending = new Map<number, FileOutcome>();
  let reported = 0;
  let texts = 0;
  const report = (index: number, outcome: FileOutcome): void => {
    if (format === 'text' && outcome.text !== undefined) {
      emit(texts > 0 ? `\n${outcome.text}` : outcome.text);
      texts += 1;
    } else if (format === 'json') {
      emit(`${reported > 0 ? ',\n' : '[\n'}${indented(jsonEntry(outcome))}`);
    }
    if (outcome.row.reason !== null) {
      // Among several files, a reason that does not name its file is prefixed with it.
      const { file, reason } = outcome.row;
      const line = reason.includes(basename(file)) ? reason : `${file}: ${reason}`;
      progress.around(() => io.err(`kehoach: ${line}\n`));
    }
    rows[index] = outcome.row;
  };
  const done = (index: number, outcome: FileOutcome): void => {
    const row = outcome.row;
    progress.tick(row.reason !== null ? 'unreadable' : row.errors > 0 ? 'errors' : 'clean');
    if (html && outcome.html !== undefined) {
      const name = reportName(index, items.length, row.file);
      const path = join(html.reportsDir, name);
      writes.push(
        writeOutput(io, path, outcome.html, run.force).then((written) => {
          if (written.ok) {
            links.set(index, html.prefix + encodeURIComponent(name));
          } else {
            unwritten += 1;
            progress.around(() => io.err(`kehoach: ${written.error.message}\n`));
          }
        }),
      );
    }
    pending.set(index, { ...outcome, html: undefined });
    for (let next = pending.get(reported); next !== undefined; next = pending.get(reported)) {
      pending.delete(reported);
      report(reported, next);
      reported += 1;
    }
  };

  const toCheck: { index: number; item: BatchItem }[] = [];
  items.forEach((item, index) => {
    if (item.reason !== undefined) {
      done(index, { row: unreadableRow(item.file, item.reason) });
    } else {
      toCheck.push({ index, item });
    }
  });
  // Outcomes of empty folders wait for the files named before them; done() reports them in order.
  if (toCheck.length === 1) {
    const [{ index, item }] = toCheck as [{ index: number; item: BatchItem }];
    done(index, await checkFile(item.file, item.path, { ...run.settings, want }));
  } else if (toCheck.length > 1) {
    const { checkInWorkers, FILE_TIMEOUT_MS, WORKER_HEAP_MB } = await batchPool();
    await checkInWorkers(
      toCheck.map(({ item }) => item),
      {
        jobs: run.jobs,
        script: checkWorkerUrl(),
        setup: { templatesDir: run.templatesDir, ...(run.profileId === undefined ? {} : { profileId: run.profileId }), want, checkedAt: run.settings.checkedAt },
        heapMb: WORKER_HEAP_MB,
        fileTimeoutMs: FILE_TIMEOUT_MS,
      },
      (position, outcome) => done((toCheck[position] as { index: number }).index, outcome),
    );
  }
  await Promise.all(writes);
  progress.end();

  const linked = rows.map((row, index) => (links.has(index) ? { ...row, report: links.get(index) } : row));
  if (format === 'text') {
    emit(`${texts > 0 ? '\n' : ''}${totalsLine(linked)}\n`);
  } else if (format === 'json') {
    emit('\n]\n');
  } else if (format === 'csv') {
    emit(formatCsvSummary(linked));
  } else {
    emit(formatHtmlSummary(linked, new Date(run.settings.checkedAt)));
  }
  if (destination !== undefined) {
    const written = await writeOutput(io, destination, chunks.join(''), run.force);
    if (!written.ok) {
      return fail(io, written.error.message);
    }
  }
  if (unwritten > 0 || linked.some((r) => r.reason !== null)) {
    return ExitCode.FAILURE;
  }
  return linked.some((r) => r.errors > 0) ? ExitCode.FINDINGS : ExitCode.OK;
}

/** A batch's JSON entry: the contract's report of the file, or its name and why it could not be read. */
function jsonEntry(outcome: FileOutcome): JsonReport | { readonly file: string; readonly error: string; readonly documents: readonly [] } {
  if (outcome.json !== undefined) {
    return outcome.json;
  }
  return { file: outcome.row.file, error: outcome.row.reason ?? '', documents: [] };
}

/** One array element as JSON.stringify(array, null, 2) writes it (so a streamed array reads the same). */
function indented(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
