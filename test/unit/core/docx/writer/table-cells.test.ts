import { describe, expect, test } from 'vitest';
import { cellSpecs } from '../../../../../core/docx/writer/table-cells';
import type { TableCell } from '../../../../../core/model/plan-document';

function look(cell: TableCell, header: boolean, size: number): string[] {
  return cellSpecs(cell, header, size).map(
    (s) => `${s.style} ${s.align ?? '-'} ${s.runs.map((r) => `[${r.text}${r.bold ? ' b' : ''}${r.italic ? ' i' : ''}${r.size ? ` ${r.size}` : ''}]`).join('')}`,
  );
}

describe('cellSpecs', () => {
  test('header cells are bold and centred; body cells keep their runs and the alignment read', () => {
    const header: TableCell = { paragraphs: [{ runs: [{ text: 'Cơ quan ' }, { text: 'chủ trì', italic: true }] }] };
    const body: TableCell = {
      paragraphs: [
        { runs: [{ text: 'Tuyên truyền, ' }, { text: 'phổ biến', bold: true }] },
        { runs: [{ text: '(hai đợt)', italic: true }], align: 'right' },
      ],
    };
    expect({ header: look(header, true, 26), body: look(body, false, 26) }).toEqual({
      header: ['KhTableCell center [Cơ quan  b][chủ trì b i]'],
      body: ['KhTableCell - [Tuyên truyền, ][phổ biến b]', 'KhTableCell right [(hai đợt) i]'],
    });
  });

  test('an STT cell is centred, an empty cell keeps one empty paragraph, appendix cells take the 12 pt cell style', () => {
    expect({
      ordinals: ['1', '12.', 'IV', 'a)', 'Sở Nội vụ'].map((text) => cellSpecs({ paragraphs: [{ runs: [{ text }] }] }, false, 26)[0]?.align ?? 'left'),
      empty: look({ paragraphs: [] }, false, 26),
      appendix: look({ paragraphs: [{ runs: [{ text: 'Sở Tài chính' }] }] }, false, 24),
    }).toEqual({
      ordinals: ['center', 'center', 'center', 'center', 'left'],
      empty: ['KhTableCell - '],
      appendix: ['KhAppendixTableCell - [Sở Tài chính]'],
    });
  });
});
