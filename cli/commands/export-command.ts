/**
 * `kehoach export <plan.kehoach|.txt|.docx> -o out.docx [--force]`: the NĐ 30 .docx of the plan in a
 * file. A file holding several documents exports the plan and says which; outputs are written atomically.
 */
import { writeDocx } from '../services';
import { flag, parseVerbArgs, stringOption } from '../args';
import { ExitCode, type CliIo } from '../io';
import { VERB_USAGE } from '../usage';
import { choosePlan, fail, misuse, readInput, writeOutput } from './common';

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

/** Exports one file's plan to .docx. */
export async function exportCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const usage = VERB_USAGE['export'] ?? '';
  const parsed = parseVerbArgs(args, OPTIONS, true);
  if (!parsed.ok) {
    return misuse(io, parsed.message, usage);
  }
  const [input, ...extra] = parsed.value.positionals;
  const output = stringOption(parsed.value, 'output');
  if (!input || extra.length > 0 || !output) {
    return misuse(io, !input ? 'thiếu tệp cần xuất.' : extra.length > 0 ? 'chỉ xuất một tệp mỗi lần.' : 'thiếu -o <tệp.docx>.', usage);
  }
  if (!/\.docx$/i.test(output)) {
    return misuse(io, `tệp xuất phải có đuôi .docx (đang là "${output}").`, usage);
  }
  const read = await readInput(io, input);
  if (!read.ok) {
    return fail(io, read.error.message);
  }
  const chosen = choosePlan(read.value.documents);
  if (!chosen) {
    return fail(io, `Không tìm thấy văn bản nào trong "${input}".`);
  }
  const bytes = await writeDocx(chosen.doc);
  const written = await writeOutput(io, output, bytes, flag(parsed.value, 'force'));
  if (!written.ok) {
    return fail(io, written.error.message);
  }
  if (chosen.note) {
    io.out(`${chosen.note}\n`);
  }
  io.out(`Đã xuất ${output} (${formatKb(bytes.length)}).\n`);
  return ExitCode.OK;
}

function formatKb(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
