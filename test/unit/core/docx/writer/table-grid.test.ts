import { describe, expect, test } from 'vitest';
import { fitColumns, MIN_COLUMN, unknownWidths } from '../../../../../core/docx/writer/table-columns';
import { cellHeight, placeCells, rowHeights } from '../../../../../core/docx/writer/table-grid';
import { table } from '../../../../../core/model/builders';
import type { TableBlock, TableCell } from '../../../../../core/model/plan-document';

function cell(text: string, spans: { colSpan?: number; rowSpan?: number } = {}): TableCell {
  return { paragraphs: [{ runs: [{ text }] }], ...spans };
}

function grid(rows: readonly (readonly TableCell[])[]): TableBlock {
  return { kind: 'table', id: 't', headerRows: 0, columnWidths: [], rows: rows.map((cells) => ({ cells })) };
}

/** Each row as "text@column×colSpan↓rowSpan", fillers as "·@column". */
function layout(t: TableBlock): { columns: number; rows: string[][] } {
  const placed = placeCells(t);
  return {
    columns: placed.columns,
    rows: placed.rows.map((cells) =>
      cells.map((p) => (p.filler ? `·@${p.column}` : `${p.cell.paragraphs[0]?.runs[0]?.text ?? ''}@${p.column}×${p.colSpan}↓${p.rowSpan}`)),
    ),
  };
}

describe('placeCells', () => {
  test('places cells after the columns a rowSpan from above covers, as HTML does', () => {
    const t = grid([
      [cell('TT', { rowSpan: 2 }), cell('Nội dung', { rowSpan: 2 }), cell('Kinh phí', { colSpan: 2 })],
      [cell('2026'), cell('2027')],
      [cell('1'), cell('A'), cell('B', { rowSpan: 2 }), cell('C')],
      [cell('2'), cell('D'), cell('E')],
    ]);
    expect(layout(t)).toEqual({
      columns: 4,
      rows: [['TT@0×1↓2', 'Nội dung@1×1↓2', 'Kinh phí@2×2↓1'], ['2026@2×1↓1', '2027@3×1↓1'], ['1@0×1↓1', 'A@1×1↓1', 'B@2×1↓2', 'C@3×1↓1'], ['2@0×1↓1', 'D@1×1↓1', 'E@3×1↓1']],
    });
  });

  test('pads short rows with empty cells to the widest row', () => {
    expect(layout(grid([[cell('a'), cell('b'), cell('c')], [cell('d')], []]))).toEqual({
      columns: 3,
      rows: [['a@0×1↓1', 'b@1×1↓1', 'c@2×1↓1'], ['d@0×1↓1', '·@1', '·@2'], ['·@0', '·@1', '·@2']],
    });
  });

  test('cuts a rowSpan past the last row and a colSpan that runs into a covered column; bad spans count as 1', () => {
    const t = grid([
      [cell('a'), cell('b', { rowSpan: 9 }), cell('c', { colSpan: 0 })],
      [cell('d', { colSpan: 3 }), cell('e', { rowSpan: Number.NaN })],
    ]);
    expect(layout(t)).toEqual({ columns: 3, rows: [['a@0×1↓1', 'b@1×1↓2', 'c@2×1↓1'], ['d@0×1↓1', 'e@2×1↓1']] });
  });
});

describe('fitColumns', () => {
  test('scales relative widths to the text width exactly, in proportion', () => {
    const widths = fitColumns([700, 4200, 2400, 3000, 1600, 2300], 6, 14287);
    expect({ sum: widths.reduce((a, b) => a + b, 0), ratio: Math.round(((widths[1] ?? 0) / (widths[0] ?? 1)) * 10) / 10 }).toEqual({ sum: 14287, ratio: 6 });
  });

  test('gives equal widths when none are known, and the mean to a missing or invalid one', () => {
    expect({ none: fitColumns([], 3, 9355), missing: fitColumns([100, -5], 3, 3000), nan: fitColumns([Number.NaN, 1000], 2, 2000) }).toEqual({
      none: [3119, 3118, 3118],
      missing: [1000, 1000, 1000],
      nan: [1000, 1000],
    });
  });

  test('never makes a column narrower than MIN_COLUMN while the page has room', () => {
    const widths = fitColumns([1, 1000, 1000], 3, 9355);
    expect({ first: widths[0], sum: widths.reduce((a, b) => a + b, 0), rest: widths[1] === widths[2] || Math.abs((widths[1] ?? 0) - (widths[2] ?? 0)) <= 1 }).toEqual({
      first: MIN_COLUMN,
      sum: 9355,
      rest: true,
    });
  });
});

describe('unknownWidths', () => {
  const task = table([
    ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'],
    ['1', 'Tổ chức hội nghị quán triệt, triển khai Kế hoạch đến các cơ quan, đơn vị', 'Sở Nội vụ', 'Quý I'],
    ['12', 'Biên soạn tài liệu tuyên truyền về văn hóa đối ngoại', 'Sở Tài chính', 'Quý II'],
  ]);

  test('an STT column is as narrow as its cells and header word; longer texts get wider columns', () => {
    const [stt = 0, task_ = 0, lead = 0, time = 0] = fitColumns(unknownWidths(placeCells(task), 26, 1, 9355), 4, 9355);
    expect({ narrow: stt < 1000, order: task_ > lead && lead > time, timeFitsHeaderWord: time >= 1000 }).toEqual({ narrow: true, order: true, timeFitsHeaderWord: true });
  });

  test('are equal when every column is short or when the table has only header rows', () => {
    expect({
      short: unknownWidths(placeCells(table([['A', 'B'], ['1', '2']])), 26, 1, 9355),
      headerOnly: unknownWidths(placeCells(table([['Nội dung', 'Ghi chú']])), 26, 1, 9355),
    }).toEqual({ short: [1, 1], headerOnly: [1, 1] });
  });
});

describe('row heights', () => {
  test('grow with the text a cell wraps and shrink with a wider cell', () => {
    const long = cell('Tổ chức triển khai nhiệm vụ về văn hóa đối ngoại, bảo đảm tiến độ và chất lượng '.repeat(3));
    expect({
      wrapsMore: cellHeight(long, 2000, 26, false) > cellHeight(long, 6000, 26, false),
      oneLine: cellHeight(cell('1'), 2000, 26, false) === cellHeight(cell(''), 2000, 26, false),
    }).toEqual({ wrapsMore: true, oneLine: true });
  });

  test('a cell merged down two rows counts half its height in each', () => {
    const tall = 'Nội dung rất dài '.repeat(20);
    const t = table([['a', tall], ['b']]);
    const merged: TableBlock = { ...t, rows: [{ cells: [cell('a'), cell(tall, { rowSpan: 2 })] }, { cells: [cell('b')] }] };
    const [first, second] = rowHeights(placeCells(merged), [2000, 2000], 26, 0);
    const [alone] = rowHeights(placeCells(t), [2000, 2000], 26, 0);
    expect({ halved: Math.round(first ?? 0) === Math.round((alone ?? 0) / 2), same: second === first }).toEqual({ halved: true, same: true });
  });
});
