/**
 * body.placeholder: template guidance left in "{…}" braces (an unfinished draft). Project rule, not a
 * decree article: a plan must not reach the signer with "{tên văn bản cấp trên}" in it. One finding per
 * part or top-level section, pointing at the first place, so a fresh plan is not buried in warnings.
 */
import type { PlanDocument } from '../../model/plan-document';
import { runsText } from '../../model/walk';
import { finding, quote } from '../support/finding';
import { indexDocument, type IndexedBlock } from '../support/doc-index';
import { blockLocation, partLocation, recipientsLine, signatureLine } from '../support/locate';
import type { Finding, FindingLocation, Rule } from '../types';

/** How many distinct placeholders a grouped message names. */
const MAX_NAMED = 3;

const PLACEHOLDER = /\{[^{}\n]{1,200}\}/gu;

type Group = { readonly where: string; first: { text: string; location: FindingLocation } | null; count: number; readonly names: string[] };

/** Unfilled "{…}" placeholders in the opening, body, closing, signer block and Nơi nhận. */
export const bodyPlaceholder: Rule = {
  id: 'body.placeholder',
  group: 'body',
  severity: 'warning',
  title: 'Còn phần hướng dẫn {…} chưa điền',
  basis: 'NĐ 30/2020, Điều 8 khoản 2 (thành phần nội dung văn bản); quy định của Kế hoạch Studio',
  check: (doc) => {
    const groups = new Map<string, Group>();
    const add = (key: string, where: string, text: string, location: FindingLocation): void => {
      const found = text.match(PLACEHOLDER);
      if (!found) {
        return;
      }
      const group = groups.get(key) ?? { where, first: null, count: 0, names: [] };
      group.first ??= { text: found[0], location };
      group.count += found.length;
      for (const name of found) {
        if (!group.names.includes(name)) {
          group.names.push(name);
        }
      }
      groups.set(key, group);
    };
    doc.opening.forEach((block, i) => add('opening', 'phần căn cứ', runsText(block.runs), { ...partLocation('opening', block.source?.line, i), blockId: block.id }));
    for (const entry of indexDocument(doc).blocks) {
      if (!(entry.block.kind === 'paragraph' && entry.block.placeholder === true)) {
        const section = sectionOf(entry);
        add(section ? `body:${section.block.id}` : 'body', section ? `mục ${section.path}` : 'phần nội dung', entry.text, blockLocation(entry));
      }
    }
    doc.closing.forEach((block, i) => add('closing', 'đoạn kết', runsText(block.runs), { ...partLocation('closing', block.source?.line, i), blockId: block.id }));
    signerTexts(doc).forEach((text) => add('signature', 'khối chữ ký', text, partLocation('signature', signatureLine(doc))));
    doc.recipients?.items.forEach((item, i) => add('recipients', 'Nơi nhận', item.text, partLocation('recipients', item.source?.line ?? recipientsLine(doc), i)));
    return [...groups.values()].map((g) => toFinding(g));
  },
};

function toFinding(group: Group): Finding {
  const first = group.first ?? { text: '', location: partLocation('body') };
  if (group.count <= 1) {
    return finding(bodyPlaceholder, `Còn phần hướng dẫn ${quote(first.text)} chưa điền — thay bằng nội dung cụ thể trước khi trình ký.`, first.location);
  }
  // Name what is counted: the distinct placeholders, the first few of them.
  const shown = group.names.slice(0, MAX_NAMED).map((n) => quote(n)).join(', ');
  const rest = group.names.length > MAX_NAMED ? ` và ${group.names.length - MAX_NAMED} chỗ khác` : '';
  return finding(
    bodyPlaceholder,
    `Còn ${group.count} chỗ hướng dẫn chưa điền trong ${group.where}: ${shown}${rest} — thay bằng nội dung cụ thể trước khi trình ký.`,
    first.location,
  );
}

/** The top-level section ("I.", "II.") a block sits in, or null outside any section. */
function sectionOf(entry: IndexedBlock): IndexedBlock | null {
  let current: IndexedBlock | null = entry;
  while (current && !(current.block.kind === 'numbered' && current.block.level === 'section')) {
    current = current.parent;
  }
  return current;
}

function signerTexts(doc: PlanDocument): string[] {
  const sig = doc.signature;
  return sig ? [sig.onBehalfOf, sig.headTitle, sig.signerTitle, sig.name].filter((t): t is string => t !== null) : [];
}
