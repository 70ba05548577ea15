/**
 * `kehoach import <file> -o plan.kehoach [--force]`: a .txt or .docx turned into a saved plan.
 * A file holding several documents imports the plan and says which.
 */
import { serializePlan } from '@core/model';
import { documentTitle } from '@core/report';
import type { ExitCode, CliIo } from '../io';
import { VERB_USAGE } from '../usage';
import { convertCommand } from './common';

/** Imports one file's plan into a .kehoach file. */
export async function importCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  return convertCommand(args, io, {
    usage: VERB_USAGE['import'] ?? '',
    missingInput: 'thiếu tệp cần nhập.',
    oneAtATime: 'chỉ nhập một tệp mỗi lần.',
    missingOutput: 'thiếu -o <tệp.kehoach>.',
    build: async (doc) => serializePlan(doc),
    done: (doc, output) => `Đã nhập ${documentTitle(doc)} vào ${output}.`,
  });
}
