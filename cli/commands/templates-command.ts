/**
 * `kehoach templates`: one line per template (id, name); broken template folders are reported on stderr.
 */
import { loadCatalogue } from '../catalogue';
import { parseVerbArgs } from '../args';
import { ExitCode, type CliIo } from '../io';
import { templatesDir } from '../paths';
import { VERB_USAGE } from '../usage';
import { misuse } from './messages';

/** Lists the templates of the catalogue. */
export async function templatesCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseVerbArgs(args, {}, false);
  if (!parsed.ok) {
    return misuse(io, parsed.message, VERB_USAGE['templates'] ?? '');
  }
  const catalogue = await loadCatalogue(templatesDir());
  const width = Math.max(0, ...catalogue.templates.map((t) => t.id.length));
  for (const template of catalogue.templates) {
    io.out(`${template.id.padEnd(width)}  ${template.name}\n`);
  }
  for (const problem of catalogue.problems) {
    io.err(`kehoach: bỏ qua mẫu lỗi. ${problem.message}\n`);
  }
  return catalogue.templates.length > 0 ? ExitCode.OK : ExitCode.FAILURE;
}
