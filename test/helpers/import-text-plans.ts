/**
 * Random plan bodies for round-trip tests of the text importer: a body tree built with the model's
 * factories, written out as the text people paste (labels typed), to be read back.
 */
import fc from 'fast-check';
import { bullet, numbered, paragraph } from '../../core/model/builders';
import { computeLabels, displayLabel } from '../../core/model/numbering';
import { blockText, childBlocks } from '../../core/model/walk';
import type { Block, NumberLevel } from '../../core/model/plan-document';

const SENTENCES = [
  'Tăng cường công tác tuyên truyền, phổ biến pháp luật đến Nhân dân.',
  'Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.',
  'Đẩy mạnh ứng dụng công nghệ thông tin trong quản lý, điều hành.',
  'Kinh phí thực hiện do ngân sách tỉnh bảo đảm theo phân cấp hiện hành.',
  'Định kỳ báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15/11 hằng năm.',
];
const TITLES = ['MỤC ĐÍCH, YÊU CẦU', 'Mục đích', 'Tổ chức thực hiện', 'Nhiệm vụ trọng tâm', 'Sở Ngoại vụ', 'Tuyên truyền về văn hóa đối ngoại'];

const sentence = fc.constantFrom(...SENTENCES);
const title = fc.constantFrom(...TITLES);
const CHILD_LEVEL: Readonly<Record<NumberLevel, NumberLevel | null>> = { part: 'section', section: 'item', item: 'point', point: null };

function leaves(depth: number): fc.Arbitrary<Block[]> {
  const plus = fc.array(sentence.map((t) => bullet(t, [], '+')), { maxLength: 2 });
  const dash = fc.tuple(sentence, depth > 0 ? plus : fc.constant([])).map(([t, kids]) => bullet(t, kids));
  return fc.tuple(fc.array(sentence.map((t) => paragraph(t)), { maxLength: 2 }), fc.array(dash, { maxLength: 3 })).map(([p, b]) => [...p, ...b]);
}

/** Numbered blocks of a level: titles over content, or numbered sentences with nothing under them. */
function level(lv: NumberLevel, depth: number): fc.Arbitrary<Block[]> {
  const next = CHILD_LEVEL[lv];
  const under = next && depth > 0 ? fc.oneof(level(next, depth - 1), leaves(1)) : leaves(1);
  const titled = fc.tuple(title, under).filter(([, kids]) => kids.length > 0).map(([t, kids]) => numbered({ level: lv, text: t, children: kids }));
  const sentenceItem = sentence.map((t) => numbered({ level: lv, text: t, titled: false }));
  return fc.array(fc.oneof(titled, sentenceItem), { minLength: 1, maxLength: 3 });
}

/** A random body: parts or sections down to điểm and "-"/"+" items. */
export const bodyArbitrary: fc.Arbitrary<Block[]> = fc.oneof(level('section', 2), level('part', 3));

/** The body written as text, one block per line, with computed labels typed in. */
export function bodyText(body: readonly Block[]): string[] {
  const labels = computeLabels(body);
  const lines: string[] = [];
  const walk = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      const text = blockText(b);
      lines.push(b.kind === 'numbered' ? `${displayLabel(b, labels)} ${text}` : b.kind === 'bullet' ? `${b.marker} ${text}` : text);
      walk(childBlocks(b));
    }
  };
  walk(body);
  return lines;
}

/** What the importer must give back: kind, level, label, marker, titled and text of every block, nested. */
export function shape(blocks: readonly Block[], labels = computeLabels(blocks)): unknown[] {
  return blocks.map((b) => {
    const text = blockText(b);
    if (b.kind === 'paragraph' || b.kind === 'table') {
      return [b.kind === 'table' ? '▦' : '¶', text];
    }
    if (b.kind === 'bullet') {
      return [b.marker, text, shape(b.children, labels)];
    }
    return [b.level, b.label ?? labels.get(b.id), b.titled, text, shape(b.children, labels)];
  });
}
