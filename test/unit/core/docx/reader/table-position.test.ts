/**
 * Where a layout table stands between the margins (ParagraphFacts tableIndentTw, tableAlign, tableWidthTw): Word
 * lets a letterhead table reach into the margins by w:tblInd, centre or right-align it by w:jc, or float it by
 * w:tblpPr (ECMA-376 Part 1, §17.4.51, §17.4.28, §17.4.57); reviewer mode draws it there.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import JSZip from 'jszip';
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

/** A hand-made file laid out in a Word compatibility mode (null: no word/settings.xml at all), with these styles. */
async function read(body: string, mode: number | null = 15, styles = ''): Promise<readonly ParagraphFacts[]> {
  const sect = '<w:sectPr><w:pgSz w:w="11907" w:h="16840"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"/></w:sectPr>';
  const bytes = await buildPackage({ body: body + p('', '', r('Nội dung')) + sect, styles, numbering: null, headers: {}, theme: null });
  if (mode === null) {
    return paragraphs(bytes);
  }
  const zip = await JSZip.loadAsync(bytes);
  zip.file(
    'word/settings.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="${mode}"/></w:compat></w:settings>`,
  );
  return paragraphs(await zip.generateAsync({ type: 'uint8array' }));
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

  test('w:tblInd in twips; w:jc center or right (w:tblInd then set aside); a w:tblInd in percent or none at all is 0 (Word 2013+: the border on the margin)', async () => {
    const indented = await read(letterhead('<w:tblW w:w="10000" w:type="dxa"/><w:tblInd w:w="-500" w:type="dxa"/>', [4000, 6000]));
    const centred = await read(letterhead('<w:jc w:val="center"/><w:tblInd w:w="-500" w:type="dxa"/>', [4000, 6000]));
    const right = await read(letterhead('<w:jc w:val="end"/>', [3000, 6000]));
    const pct = await read(letterhead('<w:tblInd w:w="500" w:type="pct"/>', [4000, 5000]));
    const plain = await read(letterhead('', [4000, 5000]));
    expect([indented[0], centred[0], right[0], pct[0], plain[0]].map(place)).toEqual([
      ['ỦY BAN NHÂN DÂN', -500, null, 10000],
      ['ỦY BAN NHÂN DÂN', null, 'center', 10000],
      ['ỦY BAN NHÂN DÂN', null, 'right', 9000],
      ['ỦY BAN NHÂN DÂN', 0, null, 9000],
      ['ỦY BAN NHÂN DÂN', 0, null, 9000],
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

describe('compatibility mode: Word 2010 and older measure w:tblInd to the first cell’s text, the border a cell margin further left', () => {
  const corpus = async (name: string): Promise<readonly ParagraphFacts[]> => paragraphs(new Uint8Array(readFileSync(resolve('test/fixtures/corpus', name))));
  /** The first paragraph's tableIndentTw of each table, in order. */
  const indents = (facts: readonly ParagraphFacts[]): (number | null)[] => {
    const seen = new Map<number, number | null>();
    facts.forEach((q) => {
      if (q.table !== null && q.table !== undefined && !seen.has(q.table)) {
        seen.set(q.table, q.tableIndentTw ?? null);
      }
    });
    return [...seen.values()];
  };

  test('corpus files in modes 11 and 14 put the border where LibreOffice draws it; a mode 15 file keeps its indent as written', async () => {
    expect({
      // Mode 11: w:tblInd -34 and 0, cell margins w:start 108: borders at -142 and -108 (the letterhead text centred 149.5 pt from the page edge in LibreOffice's PDF).
      111: indents(await corpus('111_laocai-sct-cv-kiemtra-thucte.docx')),
      // Mode 14: w:tblInd 108 and 136 with Normal Table's 108-twip margin: the letterhead's border on the margin, its text 5.4 pt in.
      135: indents(await corpus('135_lamdong-snv-ttr-bc-cchc.docx')),
      // Mode 14, a floating letterhead (w:tblpPr, no w:tblpX): its text on the margin, the border 108 twips into it.
      121: indents(await corpus('121_lamdong-cv-cainghien.docx')),
      // Mode 15: as written; the signer table without w:tblInd on the margin.
      147: indents(await corpus('147_laocai-vp-tb-ketluan-ccn.docx')),
    }).toEqual({ 111: [-142, -108], 135: [0, 28], 121: [-108, -108], 147: [-993, 0] });
  });

  test('modes below 15 or none subtract the left cell margin: the table’s own (w:left or w:start), else its style’s, else the default table style’s, else 108', async () => {
    const table = (tblPr: string): string => letterhead(tblPr, [4000, 5000]);
    const styles =
      '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="90" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
      '<w:style w:type="table" w:styleId="Grid"><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblCellMar><w:left w:w="150" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
      '<w:style w:type="table" w:styleId="Plain"><w:basedOn w:val="TableNormal"/></w:style>';
    const indent = '<w:tblInd w:w="200" w:type="dxa"/>';
    const first = async (tblPr: string, mode: number | null, sheet = ''): Promise<unknown> => (await read(table(tblPr), mode, sheet))[0]?.tableIndentTw ?? null;
    expect([
      await first(indent, 15),
      await first(indent, 14),
      await first(indent, 12),
      await first(indent, null),
      await first(`${indent}<w:tblCellMar><w:start w:w="50" w:type="dxa"/></w:tblCellMar>`, 14),
      await first(`<w:tblStyle w:val="Grid"/>${indent}`, 14, styles),
      await first(`<w:tblStyle w:val="Plain"/>${indent}`, 14, styles),
      await first(indent, 14, styles),
      // No w:tblInd: the border on the margin in mode 15, the text on it before.
      await first('', 15),
      await first('', 14),
      // A floating table's w:tblpX is measured the same way.
      await first('<w:tblpPr w:horzAnchor="margin" w:tblpX="-300" w:tblpY="-1029"/>', 14),
      // Centred: the border box is centred whatever the mode.
      await first('<w:jc w:val="center"/>', 14),
    ]).toEqual([200, 92, 92, 92, 150, 50, 110, 110, 0, -108, -408, null]);
  });

  test('a data table in the body gets the same facts (its border’s place, its alignment, its grid width); one inside a layout cell does not', async () => {
    const tc = (w: number, text: string): string => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${p('', '', r(text))}</w:tc>`;
    const data = (tblPr: string): string =>
      `<w:tbl><w:tblPr>${tblPr}</w:tblPr><w:tblGrid><w:gridCol w:w="800"/><w:gridCol w:w="5000"/><w:gridCol w:w="3500"/></w:tblGrid>` +
      `<w:tr>${tc(800, 'STT')}${tc(5000, 'Nội dung công việc')}${tc(3500, 'Đơn vị thực hiện')}</w:tr>` +
      `<w:tr>${tc(800, '1')}${tc(5000, 'Kiểm tra hồ sơ')}${tc(3500, 'Phòng Kỹ thuật')}</w:tr>` +
      `<w:tr>${tc(800, '2')}${tc(5000, 'Báo cáo kết quả')}${tc(3500, 'Văn phòng')}</w:tr></w:tbl>`;
    const facts = (rows: readonly ParagraphFacts[]): unknown => {
      const q = rows.find((x) => x.text === 'Kiểm tra hồ sơ');
      return q ? [q.dataTable ?? false, q.tableIndentTw ?? null, q.tableAlign ?? null, q.tableWidthTw ?? null] : null;
    };
    const inCell = letterhead('<w:tblInd w:w="-100" w:type="dxa"/>', [4000, 6000], p('', '', r('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) + data('<w:tblInd w:w="300" w:type="dxa"/>') + p('', '', r('')));
    expect([
      facts(await read(data('<w:tblInd w:w="-400" w:type="dxa"/>'), 15)),
      facts(await read(data('<w:tblInd w:w="-400" w:type="dxa"/>'), 14)),
      facts(await read(data('<w:jc w:val="center"/>'), 14)),
      facts(await read(inCell, 15)),
    ]).toEqual([
      [true, -400, null, 9300],
      [true, -508, null, 9300],
      [true, null, 'center', 9300],
      [true, null, null, null],
    ]);
  });
});
