import { describe, expect, it } from 'vitest';
import { appendixLabelChanges, relabelAppendixReferences, relabelRuns } from '../../../../core/model/appendix-references';
import { appendix, bullet, emptyPlan, numbered, paragraph, table } from '../../../../core/model/builders';
import type { Appendix, Block, ParagraphBlock, PlanDocument, Run, TableBlock } from '../../../../core/model/plan-document';
import { blockText, cellText } from '../../../../core/model/walk';

const A = appendix({ id: 'a', title: 'DANH MỤC A' });
const B = appendix({ id: 'b', title: 'DANH MỤC B' });
const C = appendix({ id: 'c', title: 'DANH MỤC C' });

function plan(body: Block[], appendices: Appendix[], extra: Partial<PlanDocument> = {}): PlanDocument {
  return { ...emptyPlan('ke-hoach'), body, appendices, ...extra };
}

/** The texts of the body's top-level blocks after the appendix list goes from `from` to `to`. */
function relabel(texts: string[], from: Appendix[], to: Appendix[]): string[] {
  const before = plan(texts.map((t) => paragraph(t)), from);
  return relabelAppendixReferences(before, { ...before, appendices: to }).body.map(blockText);
}

/** Runs as [text, bold, italic] for comparison. */
function shape(runs: readonly Run[]): Array<[string, boolean, boolean]> {
  return runs.map((r) => [r.text, r.bold ?? false, r.italic ?? false]);
}

describe('appendix references follow computed labels', () => {
  it('a second appendix: "Phụ lục" becomes "Phụ lục I" in the task sentence; removing the first of two: "Phụ lục II" becomes "Phụ lục"', () => {
    expect(relabel(['Phân công nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.'], [A], [A, B])).toEqual([
      'Phân công nhiệm vụ cụ thể tại Phụ lục I kèm theo Kế hoạch này.',
    ]);
    expect(relabel(['Chi tiết tại Phụ lục I.', 'Phân công nhiệm vụ cụ thể tại Phụ lục II kèm theo Kế hoạch này.'], [A, B], [B])).toEqual([
      // A is gone: its citation stays as written for the appendix.reference rule.
      'Chi tiết tại Phụ lục I.',
      'Phân công nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.',
    ]);
    expect(relabel(['Theo Phụ lục số II kèm theo.'], [A, B], [B])).toEqual(['Theo Phụ lục kèm theo.']);
  });

  it('swaps labels at once on a reorder (I ↔ II never chains) and moves a middle one when the first goes', () => {
    expect(relabel(['Danh mục tại Phụ lục I; phân công tại Phụ lục II.'], [A, B], [B, A])).toEqual(['Danh mục tại Phụ lục II; phân công tại Phụ lục I.']);
    expect(relabel(['Xem Phụ lục II và Phụ lục III; Phụ lục IV không có.'], [A, B, C], [B, C])).toEqual(['Xem Phụ lục I và Phụ lục II; Phụ lục IV không có.']);
  });

  it('respects word boundaries and Roman numerals: "Phụ lục I" never inside "Phụ lục II"/"IV", "Phụ lục" alone never before a numeral', () => {
    // Only A's label moves (I → II): B's "Phụ lục II" and a stray "Phụ lục IV" stay.
    expect(relabel(['Phụ lục I, Phụ lục II, Phụ lục IV, Phụ lục IIa, Phụ lục 1.'], [A, B], [B, A]).at(0)).toBe(
      'Phụ lục II, Phụ lục I, Phụ lục IV, Phụ lục IIa, Phụ lục 1.',
    );
    const one = [A];
    expect(relabel(['Tại Phụ lục I, tại Phụ lục 01, tại Phụ lục kèm theo; Xphụ lục; phụ lục.'], one, [A, B])).toEqual([
      'Tại Phụ lục I, tại Phụ lục 01, tại Phụ lục I kèm theo; Xphụ lục; phụ lục I.',
    ]);
  });

  it('keeps the case the drafter wrote and leaves plural uses, lists and other documents\' appendices alone', () => {
    expect(relabel(['theo phụ lục kèm theo; PHỤ LỤC đính kèm; Phụ Lục này'], [A], [A, B])).toEqual(['theo phụ lục I kèm theo; PHỤ LỤC I đính kèm; Phụ Lục I này']);
    expect(
      relabel(
        [
          'Các phụ lục kèm theo; mỗi phụ lục một biểu.',
          'Theo mẫu tại Phụ lục I, II.',
          'Thể thức theo Phụ lục I kèm theo Nghị định số 30/2020/NĐ-CP.',
          'Theo Phụ lục I Thông tư số 01/2011/TT-BNV.',
        ],
        [A, B],
        [B, A],
      ),
    ).toEqual([
      'Các phụ lục kèm theo; mỗi phụ lục một biểu.',
      'Theo mẫu tại Phụ lục I, II.',
      'Thể thức theo Phụ lục I kèm theo Nghị định số 30/2020/NĐ-CP.',
      'Theo Phụ lục I Thông tư số 01/2011/TT-BNV.',
    ]);
  });

  it('leaves labels read from a file, and labels a read one shares, untouched', () => {
    const readA = appendix({ id: 'a', title: 'A', label: 'Phụ lục 01' });
    const readB = appendix({ id: 'b', title: 'B', label: 'Phụ lục 02' });
    expect(relabel(['Tại Phụ lục 01 và Phụ lục 02.'], [readA, readB], [readB, readA])).toEqual(['Tại Phụ lục 01 và Phụ lục 02.']);
    expect(appendixLabelChanges([readA, readB], [readB, readA])).toEqual([]);
    // A read "Phụ lục II" beside a computed second appendix: "Phụ lục II" in the text is ambiguous.
    const readII = appendix({ id: 'r', title: 'R', label: 'Phụ lục II' });
    expect(appendixLabelChanges([readII, B], [B, readII])).toEqual([]);
    // The computed one that moves is reported with its numerals.
    expect(appendixLabelChanges([A, B, C], [A, C])).toEqual([{ id: 'c', from: 'III', to: 'II' }]);
  });

  it('keeps emphasis, works across a run split, and reaches opening, closing, numbered, bullet and table cell paragraphs', () => {
    const numerals = new Map([['', 'I']]);
    expect(shape(relabelRuns([{ text: 'tại ' }, { text: 'Phụ lục', bold: true }, { text: ' kèm theo', italic: true }], numerals))).toEqual([
      ['tại ', false, false],
      ['Phụ lục I', true, false],
      [' kèm theo', false, true],
    ]);
    const swap = new Map([['I', 'II'], ['II', 'I']]);
    expect(shape(relabelRuns([{ text: 'Phụ lục ', bold: true }, { text: 'II', italic: true }, { text: ' và Phụ lục I.' }], swap))).toEqual([
      ['Phụ lục ', true, false],
      ['I', false, true],
      [' và Phụ lục II.', false, false],
    ]);
    const toBare = new Map([['II', '']]);
    expect(shape(relabelRuns([{ text: 'Phụ lục', bold: true }, { text: ' II' }, { text: ' kèm theo' }], toBare))).toEqual([
      ['Phụ lục', true, false],
      [' kèm theo', false, false],
    ]);
    const same: Run[] = [{ text: 'Không nhắc đến.' }];
    expect(relabelRuns(same, numerals)).toBe(same);

    const cellTable: TableBlock = table([['Nội dung', 'Ghi chú'], ['Kiểm tra', 'Xem Phụ lục']]);
    const untouched = paragraph('Không có tham chiếu.');
    const before = plan(
      [numbered({ level: 'section', text: 'NỘI DUNG (Phụ lục)', children: [bullet('Theo Phụ lục kèm theo.'), cellTable] }), untouched],
      [A],
      { opening: [paragraph('Căn cứ Phụ lục kèm theo.') as ParagraphBlock], closing: [paragraph('Trên đây là Kế hoạch và Phụ lục kèm theo./.') as ParagraphBlock] },
    );
    const after = relabelAppendixReferences(before, { ...before, appendices: [A, B] });
    const section = after.body[0];
    expect({
      heading: section ? blockText(section) : '',
      bullet: section?.kind === 'numbered' ? blockText(section.children[0] as Block) : '',
      cell: section?.kind === 'numbered' ? cellText((section.children[1] as TableBlock).rows[1]?.cells[1] ?? { paragraphs: [] }) : '',
      opening: after.opening.map(blockText),
      closing: after.closing.map(blockText),
      untouchedKept: after.body[1] === untouched,
      appendicesAsGiven: after.appendices.map((a) => a.id),
    }).toEqual({
      heading: 'NỘI DUNG (Phụ lục I)',
      bullet: 'Theo Phụ lục I kèm theo.',
      cell: 'Xem Phụ lục I',
      opening: ['Căn cứ Phụ lục I kèm theo.'],
      closing: ['Trên đây là Kế hoạch và Phụ lục I kèm theo./.'],
      untouchedKept: true,
      appendicesAsGiven: ['a', 'b'],
    });
    // Nothing moves (an appendix added after two): the very same document comes back.
    const two = plan([paragraph('Tại Phụ lục II.')], [A, B]);
    const three = { ...two, appendices: [A, B, C] };
    expect(relabelAppendixReferences(two, three)).toBe(three);
  });

  it('follows labels read from the file only when asked (the renumbering quick fix): "Phụ lục 2" → "Phụ lục II", "số 01" dropped with the zeros', () => {
    const read1 = { ...A, label: 'Phụ lục 1' };
    const read2 = { ...B, label: 'PHỤ LỤC 02' };
    const before = plan([paragraph('Xem Phụ lục số 01 và phụ lục 2; không phải Phụ lục 21.')], [read1, read2]);
    const after = { ...before, appendices: [A, B] };
    expect([relabelAppendixReferences(before, after).body.map(blockText), relabelAppendixReferences(before, after, { readLabels: true }).body.map(blockText)]).toEqual([
      ['Xem Phụ lục số 01 và phụ lục 2; không phải Phụ lục 21.'],
      ['Xem Phụ lục I và phụ lục II; không phải Phụ lục 21.'],
    ]);
  });
});
