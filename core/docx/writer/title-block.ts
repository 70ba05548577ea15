/**
 * Ô 5a and 9a: the type name and trích yếu with a short line under it (documents with a type name),
 * or the "Kính gửi:" block (công văn, whose trích yếu is the V/v line of the letterhead).
 */
import { typeNameOf } from '../../model/kinds';
import { formatAddresseeLines, KINH_GUI } from '../../model/recipients';
import type { PlanDocument } from '../../model/plan-document';
import { upper } from '../../text/normalize';
import { BLANK, SIZE, TEXT_WIDTH } from './layout';
import { fieldLines } from './letterhead';
import { rule, text, type ParaSpec } from './spec';
import { StyleId } from './style-defs';
import { textWidth } from './text-width';

/** Where the "Kính gửi:" block starts (left indent, twips). */
const ADDRESSEES_INDENT = 1418;

/** PL I khoản 9.a: one addressee on the Kính gửi line; several as "- …;" lines, the last ending "." (formatAddresseeLines). */
export function addresseesBlock(addressees: readonly string[]): ParaSpec[] {
  const lines = formatAddresseeLines(addressees);
  if (lines.length <= 1) {
    return [text(StyleId.ADDRESSEES, [{ text: `${KINH_GUI} ${lines[0] ?? BLANK}` }], { before: 240, after: 240, indentLeft: ADDRESSEES_INDENT })];
  }
  // The dashes line up under the colon of "Kính gửi:".
  const dashes = ADDRESSEES_INDENT + textWidth(KINH_GUI.slice(0, -1), SIZE.addressees);
  return [
    text(StyleId.ADDRESSEES, [{ text: KINH_GUI }], { before: 240, indentLeft: ADDRESSEES_INDENT }),
    ...lines.map((line, i) => text(StyleId.ADDRESSEES, [{ text: line }], { indentLeft: dashes, after: i === lines.length - 1 ? 240 : 0 })),
  ];
}

function typeNameBlock(doc: PlanDocument): ParaSpec[] {
  const typeName = (doc.header.docType ?? '').trim() || typeNameOf(doc.kind) || BLANK;
  const lines = fieldLines(doc.header.summary);
  const summary = lines.length > 0 ? lines : [BLANK];
  const widest = Math.max(...summary.map((line) => Math.min(textWidth(line, SIZE.summary, true), TEXT_WIDTH)));
  return [
    text(StyleId.DOC_TYPE, [{ text: upper(typeName) }]),
    // Trích yếu in thường, bold; one paragraph with the written line breaks kept.
    text(StyleId.SUMMARY, [{ text: summary.join('\n') }]),
    // PL I khoản 5.a: a solid line 1/3–1/2 as long as the trích yếu line, centred.
    rule(Math.max(widest * 0.4, 1000), TEXT_WIDTH, 360),
  ];
}

/** The block between the letterhead and the opening. */
export function titleBlock(doc: PlanDocument): ParaSpec[] {
  if (doc.kind === 'cong-van') {
    return addresseesBlock(doc.header.addressees);
  }
  return typeNameBlock(doc);
}
