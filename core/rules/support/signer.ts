/**
 * The signer block's authority and title lines as written (imported) or derived (app), for the
 * signature rules. The name line is kept apart.
 */
import type { Signature } from '../../model/plan-document';
import { signatureLines } from '../../model/signature';
import { normalizeText, squeeze } from '../../text/normalize';

/** One authority/title line with its index and source line. */
export type SignerLine = {
  readonly text: string;
  readonly index: number;
  readonly line?: number;
};

/** The authority and title lines, top to bottom, without the signer's name. */
export function signerLines(sig: Signature): SignerLine[] {
  const clean = (t: string): string => squeeze(normalizeText(t).replace(/\*\*/gu, ''));
  const name = sig.name ? clean(sig.name) : null;
  if (sig.sourceLines && sig.sourceLines.length > 0) {
    return sig.sourceLines
      .map((s, index) => ({ text: clean(s.text), index, line: s.line }))
      // "(Đã ký)", "(Ký, đóng dấu)" in published copies are notes, not authority lines.
      .filter((l) => l.text !== '' && l.text !== name && !l.text.startsWith('('));
  }
  return signatureLines(sig).map((text, index) => ({ text: clean(text), index }));
}

export type Prefix = 'TM.' | 'KT.' | 'TL.' | 'TUQ.' | 'Q.';

/**
 * A prefix as written, lenient with the usual misspellings ("T/M.", "K/T", "T.M.", "KT" without a dot): the token
 * as written and the prefix it means. "Q" needs its dot ("Q. CHỦ TỊCH"); the others a space after them.
 */
const WRITTEN = /^(T\s*[./]?\s*M|K\s*[./]?\s*T|T\s*[./]?\s*L|TUQ|Q(?=\s*\.))(?:\s*\.|(?=\s|$))/iu;

/** The prefix a line starts with, as written and as meant, or null. */
export function writtenPrefix(text: string): { readonly written: string; readonly prefix: Prefix } | null {
  const m = WRITTEN.exec(text.trim());
  if (!m) {
    return null;
  }
  const letters = (m[1] ?? '').replace(/[\s./]/gu, '').toUpperCase();
  return { written: m[0].trim(), prefix: `${letters}.` as Prefix };
}

/** The authority prefix of a line ("TM.", "KT." …, also when misspelt "T/M."), or null. */
export function prefixOf(text: string): Prefix | null {
  return writtenPrefix(text)?.prefix ?? null;
}

/** True for a deputy's title ("PHÓ CHỦ TỊCH", "Phó Giám đốc"). */
export function isDeputyTitle(text: string): boolean {
  return /^phó\s/iu.test(text.trim());
}
