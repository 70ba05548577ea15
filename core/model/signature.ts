/**
 * Signer block lines derived from the structured signature (PL I, Mục II, khoản 7).
 */
import type { Signature } from './plan-document';

/** The authority and title lines, top to bottom: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
export function signatureLines(sig: Signature): string[] {
  if (sig.chain && sig.chain.length > 0) {
    return [...sig.chain];
  }
  const lines: string[] = [];
  if (sig.onBehalfOf) {
    lines.push(`TM. ${sig.onBehalfOf}`);
  }
  if (sig.authority && sig.headTitle) {
    lines.push(`${sig.authority} ${sig.headTitle}`);
  }
  if (sig.signerTitle) {
    lines.push(sig.signerTitle);
  }
  return lines;
}
