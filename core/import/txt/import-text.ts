/**
 * Plain-text import: pasted or converted text → PlanDocument[] (one per document in the text).
 * NFC, split into lines, `**bold**` / `*italic*` markers turned into runs, then the shared line reader.
 */
import type { Result } from '../../base/result';
import type { PlanDocument } from '../../model/plan-document';
import { runsText } from '../../model/walk';
import type { ImportLine } from './import-line';
import { importLines } from './import-lines';
import { parseMarkup } from './markup';

/** Options of importText. */
export type ImportTextOptions = {
  /** Prefix for block ids (deterministic in tests). */
  readonly idPrefix?: string;
};

/** The lines of a text with emphasis markers turned into runs (1-based line numbers). */
export function textToLines(text: string): ImportLine[] {
  const raw = text.normalize('NFC').replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const runs = parseMarkup(raw);
  return raw.map((_, i) => {
    const lineRuns = runs[i] ?? [];
    return { text: runsText(lineRuns), line: i + 1, runs: lineRuns };
  });
}

/** Reads every document in the text; err('import/no-document') for empty or unrecognizable text. */
export function importText(text: string, options: ImportTextOptions = {}): Result<PlanDocument[]> {
  return importLines(textToLines(text), options.idPrefix === undefined ? {} : { idPrefix: options.idPrefix });
}
