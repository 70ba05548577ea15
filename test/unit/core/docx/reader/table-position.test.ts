/**
 * Where a layout table stands between the margins (ParagraphFacts tableIndentTw, tableAlign, tableWidthTw): Word
 * lets a letterhead table reach into the margins by w:tblInd, centre or right-align it by w:jc, or float it by
 * w:tblpPr (ECMA-376 Part 1, §17.4.51, §17.4.28, §17.4.57); reviewer mode draws it there.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ParagraphFacts } from '../../../../../core/model/formatting';
import { readDocxFacts } from '../../../../../core/docx/reader/index';
import { buildPackage, p, r } from '../../../../fixtures/docx/handmade-xml';

async function paragraphs(bytes: Uint8Array): Promise<readonly ParagraphFacts[]> {
  const read = await readDocxFacts(bytes);
  if (!read.ok) {
    throw new Error(read.error.message);
  }
  return read.value.paragraphs;
}

const place = (q: ParagraphFacts | undefined): unknown => (q ? [q.text, q.tableIndentTw ?? null, q.tableAlign ?? null, q.tableWidthTw ?? null] : null);

/** A two-cell letterhead table with the given w:tblPr content and grid. */
function letterhead(tblPr: string, grid: readonly number[], right = p('', '', r('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))): string {
  const cols = grid.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const cell = (w: number, inner: string): string => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
  return (
    `<w:tbl><w:tblPr>${tblPr}</w:tblPr><w:tblGrid>${cols}</w:tblGrid><w:tr>` +
    cell(grid[0] ?? 0, p('', '', r('ỦY BAN NHÂN DÂN')) + p('', '', r('Số: 12/KH-UBND'))) +
    cell(grid[1] ?? 0, right) +
    '</w:tr></w:tbl>'
  );
}

async function read(body: string): Promise<readonly ParagraphFacts[]> {
  const sect = '<w:sectPr><w:pgSz w:w="11907" w:h="16840"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"/></w:sectPr>';
  return paragraphs(await buildPackage({ body: body + p('', '', r('Nội dung')) + sect, styles: '', numbering: null, headers: {}, theme: null }));
}

describe('a layout table’s place between the margins', () => {
  test('corpus 147: the letterhead reaches 993 twips into the left margin and is 10490 twips wide; the body after it is not in a table', async () => {
    const facts = await paragraphs(new Uint8Array(readFileSync(resolve('test/fixtures/corpus/147_laocai-vp-tb-ketluan-ccn.docx'))));
    const head = facts.filter((q) => q.table === 0);
    expect({
      head: [...new Set(head.map((q) => JSON.stringify([q.tableIndentTw, q.tableAlign ?? null, q.tableWidthTw])))],
      cells: [...new Set(head.map((q) => q.cellWidthTw))],
      body: place(facts.find((q) => q.container === 'body' && q.text.trim() !== '')),
    }).toEqual({ head: ['[-993,null,10490]'], cells: [4395, 6095], body: [expect.any(String), null, null, null] });
  });

  test('w:tblInd in twips; w:jc center or right (w:tblInd then set aside); a w:tblInd in percent or none at all gives no indent', async () => {
    const indented = await read(letterhead('<w:tblW w:w="10000" w:type="dxa"/><w:tblInd w:w="-500" w:type="dxa"/>', [4000, 6000]));
    const centred = await read(letterhead('<w:jc w:val="center"/><w:tblInd w:w="-500" w:type="dxa"/>', [4000, 6000]));
    const right = await read(letterhead('<w:jc w:val="end"/>', [3000, 6000]));
    const pct = await read(letterhead('<w:tblInd w:w="500" w:type="pct"/>', [4000, 5000]));
    const plain = await read(letterhead('', [4000, 5000]));
    expect([indented[0], centred[0], right[0], pct[0], plain[0]].map(place)).toEqual([
      ['ỦY BAN NHÂN DÂN', -500, null, 10000],
      ['ỦY BAN NHÂN DÂN', null, 'center', 10000],
      ['ỦY BAN NHÂN DÂN', null, 'right', 9000],
      ['ỦY BAN NHÂN DÂN', null, null, 9000],
      ['ỦY BAN NHÂN DÂN', null, null, 9000],
    ]);
  });

  test('a floating table by its w:tblpXSpec or its w:tblpX from the margin (from the page edge: unknown here, left out)', async () => {
    const spec = await read(letterhead('<w:tblpPr w:horzAnchor="margin" w:tblpXSpec="center" w:tblpY="-1029"/>', [4000, 5000]));
    const margin = await read(letterhead('<w:tblpPr w:horzAnchor="margin" w:tblpX="-300" w:tblpY="-1029"/>', [4000, 5000]));
    const page = await read(letterhead('<w:tblpPr w:horzAnchor="page" w:tblpX="900" w:tblpY="-1029"/>', [4000, 5000]));
    expect([spec[0], margin[0], page[0]].map(place)).toEqual([
      ['ỦY BAN NHÂN DÂN', null, 'center', 9000],
      ['ỦY BAN NHÂN DÂN', -300, null, 9000],
      ['ỦY BAN NHÂN DÂN', null, null, 9000],
    ]);
  });

  test('a layout table nested in a letterhead cell stands where the outer table puts it', async () => {
    const inner = letterhead('<w:tblInd w:w="200" w:type="dxa"/>', [2000, 3000], p('', '', r('Độc lập - Tự do - Hạnh phúc')));
    const facts = await read(letterhead('<w:tblInd w:w="-700" w:type="dxa"/>', [4000, 6000], p('', '', r('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) + inner + p('', '', r(''))));
    const nested = facts.filter((q) => q.container === 'table');
    expect([...new Set(nested.map((q) => `${q.tableIndentTw}/${q.tableWidthTw}`))]).toEqual(['-700/10000']);
  });

  test('each paragraph knows its layout-table cell: corpus 03’s rows split differently (a gridBefore, cells across two and three columns)', async () => {
    const facts = await paragraphs(new Uint8Array(readFileSync(resolve('test/fixtures/corpus/03_lamdong-cv-giao-cat-hd46.docx'))));
    const cell = (start: string): unknown => facts.find((q) => q.text.trimStart().startsWith(start))?.layoutCell ?? null;
    expect([cell('ỦY BAN NHÂN DÂN'), cell('CỘNG HÒA'), cell('Lâm Đồng, ngày'), cell('V/v'), cell('Ủy ban nhân dân tỉnh nhận')]).toEqual([
      { row: 0, rowSpan: 1, leftTw: 284, widthTw: 3686 },
      { row: 0, rowSpan: 1, leftTw: 3970, widthTw: 5670 },
      { row: 1, rowSpan: 1, leftTw: 3970, widthTw: 5670 },
      { row: 2, rowSpan: 1, leftTw: 0, widthTw: 4254 },
      null,
    ]);
  });

  test('a vertically merged cell spans its rows; a table nested in a cell is in that cell', async () => {
    const tc = (w: number, inner: string, merge = ''): string => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${merge}</w:tcPr>${inner}</w:tc>`;
    const nested = letterhead('', [1000, 1000], p('', '', r('Độc lập - Tự do - Hạnh phúc')));
    const body =
      '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="5000"/></w:tblGrid>' +
      `<w:tr>${tc(4000, p('', '', r('ỦY BAN NHÂN DÂN')), '<w:vMerge w:val="restart"/>')}${tc(5000, p('', '', r('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')))}</w:tr>` +
      `<w:tr>${tc(4000, p('', '', ''), '<w:vMerge/>')}${tc(5000, nested + p('', '', r('Lâm Đồng, ngày 1 tháng 1 năm 2026')))}</w:tr></w:tbl>`;
    const facts = await read(body);
    const cell = (start: string): string => {
      const c = facts.find((q) => q.text.startsWith(start))?.layoutCell;
      return c ? `${c.row}+${c.rowSpan} ${c.leftTw}/${c.widthTw}` : 'none';
    };
    expect([cell('ỦY BAN'), cell('CỘNG HÒA'), cell('Số: 12'), cell('Lâm Đồng')]).toEqual(['0+2 0/4000', '0+1 4000/5000', '1+1 4000/5000', '1+1 4000/5000']);
  });
});

