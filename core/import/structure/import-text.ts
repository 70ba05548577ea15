/**
 * Plain-text import: pasted or converted text → PlanDocument[] (one per document in the text).
 * NFC, split into lines, `**bold**` / `*italic*` markers turned into runs, then the shared line reader.
 */
import { appError, err, type Result } from '../../base/result';
import type { PlanDocument } from '../../model/plan-document';
import { runsText } from '../../model/walk';
import type { ImportLine } from './import-line';
import { importLines, type ImportLimits } from './import-lines';
import { parseMarkup } from './markup';

/** Options of importText. */
export type ImportTextOptions = {
  /** Prefix for block ids (deterministic in tests). */
  readonly idPrefix?: string;
  /** Caps (the defaults when absent); tests lower them. */
  readonly limits?: Partial<TextLimits>;
};

/** Caps of the text importer: the characters of the text, then the line reader's caps. */
export type TextLimits = ImportLimits & {
  /** Characters of the whole text; a 100-page plan has ~300,000. */
  readonly maxChars: number;
};

/** 10 million characters: ~30 times a 100-page plan; checked before the text is normalized or split. */
export const MAX_TEXT_CHARS = 10_000_000;

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
  const maxChars = options.limits?.maxChars ?? MAX_TEXT_CHARS;
  if (text.length > maxChars) {
    const mb = (n: number): string => `${Math.max(1, Math.round(n / 1_000_000))} triệu`;
    return err(appError('file/too-large', `Văn bản quá dài (${mb(text.length)} ký tự; chỉ đọc đến ${mb(maxChars)} ký tự). Hãy tách thành các tệp nhỏ hơn.`));
  }
  return importLines(textToLines(text), {
    ...(options.idPrefix === undefined ? {} : { idPrefix: options.idPrefix }),
    ...(options.limits === undefined ? {} : { limits: options.limits }),
  });
}
