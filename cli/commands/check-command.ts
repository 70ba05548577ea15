/**
 * `kehoach check <file…> [--json] [--profile <id>] [--format text|json|html] [-o out]`.
 * Exit 0 no errors, 1 errors found, 2 some input could not be read (one line on stderr per file).
 */
import { buildJsonReport, formatHtmlReport, formatTextReport, type ReportFile } from '../../core/report/index';
import { checkDocument } from '../../core/rules/index';
import { loadTemplateCatalogue, type TemplateCatalogue } from '../services';
import { flag, parseVerbArgs, stringOption } from '../args';
import { ExitCode, type CliIo } from '../io';
import { VERB_USAGE } from '../usage';
import { fail, misuse, readInput, writeOutput } from './common';

const OPTIONS = {
  json: { type: 'boolean' },
  profile: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

type Format = 'text' | 'json' | 'html';

/** Checks every document of every file named. */
export async function checkCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const usage = VERB_USAGE['check'] ?? '';
  const parsed = parseVerbArgs(args, OPTIONS, true);
  if (!parsed.ok) {
    return misuse(io, parsed.message, usage);
  }
  const format = chosenFormat(stringOption(parsed.value, 'format'), flag(parsed.value, 'json'));
  if (format === null) {
    return misuse(io, 'định dạng báo cáo chỉ là text, json hoặc html.', usage);
  }
  if (parsed.value.positionals.length === 0) {
    return misuse(io, 'thiếu tệp cần kiểm tra.', usage);
  }
  const catalogue = await loadTemplateCatalogue();
  const profileId = stringOption(parsed.value, 'profile');
  if (profileId !== undefined && !catalogue.profiles.some((p) => p.id === profileId)) {
    return fail(io, `Không có mẫu "${profileId}". Các mẫu hiện có: ${catalogue.profiles.map((p) => p.id).join(', ')}.`);
  }
  const { files, unreadable } = await checkFiles(parsed.value.positionals, catalogue, profileId, io);
  const output = stringOption(parsed.value, 'output');
  if (files.length > 0) {
    const report = render(format, files, parsed.value.positionals.length > 1);
    if (output) {
      const written = await writeOutput(io, output, report, flag(parsed.value, 'force'));
      if (!written.ok) {
        return fail(io, written.error.message);
      }
    } else {
      io.out(report);
    }
  }
  if (unreadable > 0) {
    return ExitCode.FAILURE;
  }
  const errors = files.some((f) => f.documents.some((d) => d.result.findings.some((x) => x.severity === 'error')));
  return errors ? ExitCode.FINDINGS : ExitCode.OK;
}

async function checkFiles(
  paths: readonly string[],
  catalogue: TemplateCatalogue,
  profileId: string | undefined,
  io: CliIo,
): Promise<{ files: ReportFile[]; unreadable: number }> {
  const files: ReportFile[] = [];
  let unreadable = 0;
  for (const path of paths) {
    const read = await readInput(io, path);
    if (!read.ok) {
      fail(io, read.error.message);
      unreadable += 1;
      continue;
    }
    const options = profileId === undefined ? { profiles: catalogue.profiles } : { profiles: catalogue.profiles, profileId };
    const documents = read.value.documents.map((doc) => ({ doc, result: checkDocument(doc, options) }));
    files.push({ file: path, documents });
  }
  return { files, unreadable };
}

function chosenFormat(format: string | undefined, json: boolean): Format | null {
  if (format === undefined) {
    return json ? 'json' : 'text';
  }
  return format === 'text' || format === 'json' || format === 'html' ? format : null;
}

/** The report text: the readable report, the contract's JSON (an array when several files were named), or the printable HTML. */
function render(format: Format, files: readonly ReportFile[], several: boolean): string {
  if (format === 'text') {
    return formatTextReport(files);
  }
  if (format === 'html') {
    return formatHtmlReport(files, { checkedAt: new Date() });
  }
  const value = several || files.length !== 1 ? files.map(buildJsonReport) : buildJsonReport(files[0] as ReportFile);
  return `${JSON.stringify(value, null, 2)}\n`;
}
