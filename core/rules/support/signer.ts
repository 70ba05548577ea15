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

/** The authority prefix of a line ("TM.", "KT." …), or null. */
export function prefixOf(text: string): 'TM.' | 'KT.' | 'TL.' | 'TUQ.' | 'Q.' | null {
  const m = /^(TM|KT|TL|TUQ|Q)\s*\./iu.exec(text.trim());
  return m ? (`${(m[1] ?? '').toUpperCase()}.` as 'TM.' | 'KT.' | 'TL.' | 'TUQ.' | 'Q.') : null;
}

/** True for a deputy's title ("PHÓ CHỦ TỊCH", "Phó Giám đốc"). */
export function isDeputyTitle(text: string): boolean {
  return /^phó\s/iu.test(text.trim());
}
