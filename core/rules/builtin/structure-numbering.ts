/**
 * structure.numbering: level by level, labels run without gaps or repeats: Phần I, II…; I, II…; 1, 2…
 * inside each section; a b c d đ e g … inside each item (PL I, khoản 6.đ). Only labels as written
 * (imported documents) are judged; computed labels are correct by construction. In a Quyết định the khoản
 * "1.", "2." start again in each "Điều N." (PL I, khoản 6.đ: Điều → khoản → điểm).
 */
import type { Block, NumberLevel, NumberedBlock } from '../../model/plan-document';
import { labelFor } from '../../model/numbering';
import { childBlocks, runsText } from '../../model/walk';
import { fromRoman, pointIndex } from '../../text/letters';
import { normalizeText } from '../../text/normalize';
import { indexDocument, type DocIndex, type IndexedBlock } from '../support/doc-index';
import { finding, quote } from '../support/finding';
import { blockLocation } from '../support/locate';
import type { Finding, Rule } from '../types';

/** The position a label stands for (1-based), or null when it cannot be read. */
export function labelValue(level: NumberLevel, label: string): number | null {
  const text = label.trim();
  const m =
    level === 'part' ? /^phần\s+([IVXLC]+)\.?$/iu.exec(text)
    : level === 'section' ? /^([IVXLC]+|\d+)\s*\.?$/u.exec(text)
    : level === 'item' ? /^(\d+)\s*\.?$/u.exec(text)
    : /^([a-zđ])\s*\)?$/u.exec(text);
  const token = m?.[1];
  if (!token) {
    return null;
  }
  if (level === 'item' || /^\d+$/u.test(token)) {
    return Number.parseInt(token, 10);
  }
  return level === 'point' ? pointIndex(token) : fromRoman(token.toUpperCase());
}

function scope(parent: IndexedBlock | null): string {
  return parent && parent.path !== '' ? `trong mục ${parent.path}` : 'ở cấp ngoài cùng của phần nội dung';
}

/**
 * The label of position n in the style the document uses: a báo cáo, tờ trình or thông báo numbers its
 * top-level divisions "1.", "2." (read at section level), so a message names "2." rather than "II.".
 */
function styledLabel(level: NumberLevel, n: number, digits: boolean): string {
  return digits ? `${n}.` : labelFor(level, n);
}

function judge(level: NumberLevel, blocks: readonly NumberedBlock[], parent: IndexedBlock | null, index: DocIndex): Finding[] {
  const out: Finding[] = [];
  const digits = level === 'section' && /^\d/u.test((blocks.find((b) => (b.label ?? '').trim() !== '')?.label ?? '').trim());
  const fix = { title: 'Đánh số lại tự động', edit: { kind: 'renumber' } } as const;
  let prev: number | null = null;
  let prevLabel = '';
  blocks.forEach((block, i) => {
    const label = (block.label ?? '').trim();
    const value = labelValue(level, label);
    const entry = index.byId.get(block.id);
    if (value === null || !entry) {
      return;
    }
    let message: string | null = null;
    if (prev === null && value !== 1) {
      message = `Số thứ tự ${scope(parent)} bắt đầu bằng ${quote(label)} — phải bắt đầu từ ${quote(styledLabel(level, 1, digits))}.`;
    } else if (prev !== null && value === prev) {
      message = `${quote(label)} xuất hiện hai lần ${scope(parent)} — đánh số lại cho liên tục.`;
    } else if (prev !== null && value < prev) {
      message = `Sau ${quote(prevLabel)} là ${quote(label)} ${scope(parent)}: số thứ tự bị lùi — đánh số lại cho liên tục.`;
    } else if (prev !== null && value > prev + 1) {
      const gap = Array.from({ length: Math.min(value - prev - 1, 4) }, (_, i) => quote(styledLabel(level, prev! + 1 + i, digits)));
      const more = value - prev - 1 > 4 ? ' …' : '';
      message = `Sau ${quote(prevLabel)} là ${quote(label)} ${scope(parent)}: thiếu ${gap.join(' và ')}${more} — đánh số lại cho liên tục.`;
    }
    if (message) {
      out.push(finding(structureNumbering, message, blockLocation(entry), { fix }));
    }
    // A repeat followed by prev + 2 ("I.", "I.", "III.") is a typo for prev + 1: one finding, not two.
    const next = labelValue(level, (blocks[i + 1]?.label ?? '').trim());
    const typo = prev !== null && value === prev && next === prev + 2;
    prev = prev === null ? value : typo ? prev + 1 : Math.max(prev, value);
    prevLabel = label;
  });
  return out;
}

const ARTICLE = /^\s*điều\s+\d+/iu;

/** A Quyết định's "Điều 2. …" paragraph: the khoản "1.", "2." after it are numbered afresh (Điều → khoản). */
function isArticle(block: Block): boolean {
  return block.kind === 'paragraph' && ARTICLE.test(normalizeText(runsText(block.runs)));
}

/** Whether an "Điều N." paragraph sits among the block's descendants (a reader may nest it under the last khoản). */
function holdsArticle(block: Block): boolean {
  return childBlocks(block).some((c) => isArticle(c) || holdsArticle(c));
}

/** The list cut at each "Điều N." paragraph, at this level or nested in a khoản: numbering restarts in each article. */
function articleRuns(list: readonly Block[]): Block[][] {
  const runs: Block[][] = [[]];
  for (const block of list) {
    if (isArticle(block)) {
      runs.push([]);
      continue;
    }
    runs[runs.length - 1]?.push(block);
    if (holdsArticle(block)) {
      runs.push([]);
    }
  }
  return runs.filter((r) => r.length > 0);
}

function checkList(list: readonly Block[], parent: IndexedBlock | null, index: DocIndex): Finding[] {
  const runs = articleRuns(list);
  return runs.length > 1 ? runs.flatMap((run) => checkRun(run, parent, index)) : checkRun(list, parent, index);
}

function checkRun(list: readonly Block[], parent: IndexedBlock | null, index: DocIndex): Finding[] {
  const numbered = list.filter((b): b is NumberedBlock => b.kind === 'numbered');
  const out: Finding[] = [];
  for (const level of ['part', 'section', 'item', 'point'] as const) {
    const group = numbered.filter((b) => b.level === level);
    if (group.length > 0 && group.every((b) => b.label !== null)) {
      out.push(...judge(level, group, parent, index));
    }
  }
  return out;
}

/** Numbering without gaps or repeats, at every level. */
export const structureNumbering: Rule = {
  id: 'structure.numbering',
  group: 'structure',
  severity: 'error',
  title: 'Đánh số các phần, mục, khoản, điểm',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 6, điểm đ',
  check: (doc) => {
    const index = indexDocument(doc);
    const out = checkList(doc.body, null, index);
    for (const entry of index.blocks) {
      if ((entry.block.kind === 'numbered' || entry.block.kind === 'bullet') && entry.block.children.length > 0) {
        out.push(...checkList(entry.block.children, entry, index));
      }
    }
    return out;
  },
};
