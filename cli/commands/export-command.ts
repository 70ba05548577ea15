/**
 * `kehoach export <plan.kehoach|.txt|.docx> -o out.docx [--force]`: the NĐ 30 .docx of the plan in a
 * file. A file holding several documents exports the plan and says which; outputs are written atomically.
 */
import { writeDocx } from '@core/docx';
import type { ExitCode, CliIo } from '../io';
import { VERB_USAGE } from '../usage';
import { convertCommand } from './common';

/** Exports one file's plan to .docx. */
export async function exportCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  return convertCommand(args, io, {
    usage: VERB_USAGE['export'] ?? '',
    missingInput: 'thiếu tệp cần xuất.',
    oneAtATime: 'chỉ xuất một tệp mỗi lần.',
    missingOutput: 'thiếu -o <tệp.docx>.',
    checkOutput: (output) => (/\.docx$/i.test(output) ? null : `tệp xuất phải có đuôi .docx (đang là "${output}").`),
    build: (doc) => writeDocx(doc),
    done: (_doc, output, data) => `Đã xuất ${output} (${formatKb(data.length)}).`,
  });
}

function formatKb(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
