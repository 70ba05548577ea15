/**
 * `kehoach import <file> -o plan.kehoach [--force]`: a .txt or .docx turned into a saved plan.
 * A file holding several documents imports the plan and says which.
 */
import { serializePlan } from '../../core/model/serialize';
import { flag, parseVerbArgs, stringOption } from '../args';
import { ExitCode, type CliIo } from '../io';
import { VERB_USAGE } from '../usage';
import { documentTitle } from '../../core/report/index';
import { choosePlan, fail, misuse, readInput, writeOutput } from './common';

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

/** Imports one file's plan into a .kehoach file. */
export async function importCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const usage = VERB_USAGE['import'] ?? '';
  const parsed = parseVerbArgs(args, OPTIONS, true);
  if (!parsed.ok) {
    return misuse(io, parsed.message, usage);
  }
  const [input, ...extra] = parsed.value.positionals;
  const output = stringOption(parsed.value, 'output');
  if (!input || extra.length > 0 || !output) {
    return misuse(io, !input ? 'thiếu tệp cần nhập.' : extra.length > 0 ? 'chỉ nhập một tệp mỗi lần.' : 'thiếu -o <tệp.kehoach>.', usage);
  }
  const read = await readInput(io, input);
  if (!read.ok) {
    return fail(io, read.error.message);
  }
  const chosen = choosePlan(read.value.documents);
  if (!chosen) {
    return fail(io, `Không tìm thấy văn bản nào trong "${input}".`);
  }
  const written = await writeOutput(io, output, serializePlan(chosen.doc), flag(parsed.value, 'force'));
  if (!written.ok) {
    return fail(io, written.error.message);
  }
  if (chosen.note) {
    io.out(`${chosen.note}\n`);
  }
  io.out(`Đã nhập ${documentTitle(chosen.doc)} vào ${output}.\n`);
  return ExitCode.OK;
}
