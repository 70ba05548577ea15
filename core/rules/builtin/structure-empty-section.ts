/**
 * structure.empty-section: a heading (Phần, mục, khoản with a title) with no content under it; guidance
 * placeholders left by a template do not count as content.
 */
import type { Block } from '../../model/plan-document';
import { runsText } from '../../model/walk';
import { indexDocument } from '../support/doc-index';
import { finding } from '../support/finding';
import { blockLocation } from '../support/locate';
import type { Finding, Rule } from '../types';

function isContent(block: Block): boolean {
  if (block.kind === 'paragraph') {
    return !block.placeholder && runsText(block.runs).trim() !== '';
  }
  return true;
}

/** A title with its content on the same line ("3. Sở Tài chính: Chủ trì …") is not empty. */
function hasInlineContent(text: string): boolean {
  const colon = text.indexOf(':');
  return colon >= 0 && text.slice(colon + 1).trim().length > 20;
}

/** Headings with content under them. */
export const structureEmptySection: Rule = {
  id: 'structure.empty-section',
  group: 'structure',
  severity: 'warning',
  title: 'Mục không có nội dung',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 6, điểm d',
  check: (doc) => {
    const out: Finding[] = [];
    for (const entry of indexDocument(doc).blocks) {
      const block = entry.block;
      if (block.kind !== 'numbered' || !block.titled || block.level === 'point') {
        continue;
      }
      if (block.children.some(isContent) || hasInlineContent(entry.text)) {
        continue;
      }
      const where = entry.path === '' ? '' : `${entry.path} `;
      const title = entry.text.trim() === '' ? '(chưa có tiêu đề)' : `"${entry.text.trim()}"`;
      out.push(finding(structureEmptySection, `Mục ${where}${title} chưa có nội dung: viết nội dung cho mục này hoặc bỏ tiêu đề.`, blockLocation(entry)));
    }
    return out;
  },
};
