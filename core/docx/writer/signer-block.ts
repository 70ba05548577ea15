/**
 * Ô 7 and 9b: "Nơi nhận:" and its list on the left; the authority and title lines, room for the
 * signature and seal, and the signer's name on the right. Missing parts show as "……".
 */
import type { PlanDocument, Recipients, Signature } from '../../model/plan-document';
import { cleanRecipientText, formatRecipientLines, isArchiveRecipient } from '../../model/recipients';
import { signatureLines } from '../../model/signature';
import { upper } from '../../text/normalize';
import { BLANK, SIZE } from './layout';
import { text, type TextSpec } from './spec';
import { StyleId } from './style-defs';

/** The two cells of the signer table. */
export type SignerSpec = {
  readonly recipients: readonly TextSpec[];
  readonly signer: readonly TextSpec[];
};

/** Space above the block and room for the handwritten signature and the seal (twips). */
const GAP_ABOVE = 240;
const SIGNATURE_ROOM = 1701;

/** PL I khoản 9.b: the printed list, with a visible blank entry and "Lưu: VT, ……" when a draft lacks them. */
export function recipientLines(recipients: Recipients | null): string[] {
  const items = (recipients?.items ?? []).filter((item) => cleanRecipientText(item.text) !== '');
  const last = items[items.length - 1];
  const hasArchive = last !== undefined && isArchiveRecipient(last.text);
  const others = hasArchive ? items.slice(0, -1) : items;
  const archive = hasArchive ? last : { text: `Lưu: VT, ${BLANK}`, depth: 0 as const };
  return formatRecipientLines([...(others.length > 0 ? others : [{ text: BLANK, depth: 0 as const }]), archive]);
}

function recipientsCell(recipients: Recipients | null): TextSpec[] {
  return [
    text(StyleId.RECIPIENTS, [{ text: 'Nơi nhận:', bold: true, italic: true, size: SIZE.recipientsHeading }], { before: GAP_ABOVE }),
    ...recipientLines(recipients).map((line) => text(StyleId.RECIPIENTS, [{ text: line }])),
  ];
}

function signerCell(signature: Signature | null): TextSpec[] {
  const lines = signature ? signatureLines(signature).map((line) => upper(line.trim())).filter((line) => line !== '') : [];
  const shown = lines.length > 0 ? lines : [BLANK];
  const name = (signature?.name ?? '').trim() || BLANK;
  return [
    ...shown.map((line, i) => text(StyleId.SIGNER, [{ text: line }], i === 0 ? { before: GAP_ABOVE } : {})),
    text(StyleId.SIGNER, [{ text: name }], { before: SIGNATURE_ROOM }),
  ];
}

/** The signer block of a document. */
export function signerBlock(doc: PlanDocument): SignerSpec {
  return { recipients: recipientsCell(doc.recipients), signer: signerCell(doc.signature) };
}
