// @vitest-environment happy-dom
/**
 * Reviewer mode's file view (FileSheet): a Word file's paragraphs drawn with the file's own formatting,
 * cut into sheets at its sections, the letterhead table in the file's grid columns, and each paragraph
 * tagged with what the model read from its line (so a finding can mark exactly that paragraph).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { importDocx } from '../../../../../core/import/docx/import-docx';
import type { ParagraphFacts } from '../../../../../core/model/formatting';
import type { PlanDocument } from '../../../../../core/model/plan-document';
import { dataTablePlace, filePages, FileSheet, layoutLeftTw, lineTags, paragraphStyle } from '../../../../../renderer/features/sheet/FileSheet';
import { buildPackage, p, r } from '../../../../fixtures/docx/handmade-xml';

afterEach(cleanup);

async function read(name: string): Promise<PlanDocument> {
  return readBytes(new Uint8Array(readFileSync(resolve('test/fixtures/corpus', name))), name);
}

async function readBytes(bytes: Uint8Array, name: string): Promise<PlanDocument> {
  const result = await importDocx(bytes);
  if (!result.ok || !result.value[0]) {
    throw new Error(`${name} did not import`);
  }
  return result.value[0];
}

describe('FileSheet', () => {
  it('lays a plan out as its file does: the letterhead grid columns, the date line as written, the appendix table where the file has it', async () => {
    const doc = await read('101_laocai-sct-kh-3024-sinquyen.docx');
    const facts = doc.formatting;
    if (!facts) {
      throw new Error('no facts');
    }
    const pages = filePages(facts);
    const head = pages[0]?.pieces[0];
    const columns = head?.kind === 'layout' ? head.columns.map((c) => [c.side, c.widthTw, c.paragraphs.length]) : null;
    const view = render(<FileSheet doc={doc} facts={facts} />);
    const date = view.container.querySelector('[data-field="date"]');
    const sheets = view.container.querySelectorAll('article.sheet--file');
    const lastSheetTable = sheets[sheets.length - 1]?.querySelector('.file-table table');
    expect({
      columns,
      dateLine: date?.getAttribute('data-line'),
      date: date?.textContent?.trim().replace(/ {2,}/gu, '␣'),
      // The file runs its appendix on after two blank paragraphs, with no break: one sheet.
      sheets: sheets.length,
      appendixTable: lastSheetTable !== null && lastSheetTable !== undefined,
      // No letterhead or title rule of the app's own sheet.
      appRules: view.container.querySelectorAll('.letterhead, .rule').length,
    }).toEqual({
      columns: [
        ['left', 2802, 3],
        ['left', 708, 3],
        ['right', 5812, 3],
      ],
      dateLine: '9',
      date: 'Lào Cai,␣ngày␣tháng 5 năm 2026',
      sheets: 1,
      appendixTable: true,
      appRules: 0,
    });
  });

  it('starts a sheet at each section: the landscape appendix of a plan on a landscape sheet', async () => {
    const doc = await read('105_lamdong-kh-cchc-2026-2030.docx');
    const facts = doc.formatting;
    if (!facts) {
      throw new Error('no facts');
    }
    const pages = filePages(facts);
    // Two sections (the body portrait, the appendix landscape); a page break in the body starts a sheet too.
    const breaks = facts.paragraphs.filter((p) => p.pageBreakBefore && (p.section ?? 0) === 0 && p.index > 0).length;
    expect([
      pages.length,
      pages.filter((p) => p.page?.orientation === 'landscape').length,
      pages.at(-1)?.page?.orientation,
      pages.at(-1)?.pieces.some((p) => p.kind === 'data'),
    ]).toEqual([2 + breaks, 1, 'landscape', true]);
  });

  it('sets each paragraph in the file’s own family and size, and tags the lines the model read its blocks from', async () => {
    const doc = await read('147_laocai-vp-tb-ketluan-ccn.docx');
    const facts = doc.formatting;
    if (!facts) {
      throw new Error('no facts');
    }
    const view = render(<FileSheet doc={doc} facts={facts} />);
    const body = [...view.container.querySelectorAll<HTMLElement>('.file-p')].find((p) => (p.textContent ?? '').length > 200);
    const span = body?.querySelector<HTMLElement>('span');
    const tags = lineTags(doc);
    const firstBlock = doc.body[0];
    const tagged = firstBlock?.source ? view.container.querySelector(`[data-line="${firstBlock.source.line}"]`) : null;
    expect({
      family: span?.style.fontFamily.startsWith('"Calibri Light"'),
      size: span?.style.fontSize,
      blockTag: firstBlock ? tags.get(firstBlock.source?.line ?? -1)?.blockId === firstBlock.id : false,
      blockOnPage: tagged?.getAttribute('data-block-id') === firstBlock?.id,
    }).toEqual({ family: true, size: '14pt', blockTag: true, blockOnPage: true });
  });

  it('stands a letterhead wider than the text where the file puts it: corpus 147 reaches 993 twips into the left margin, not past the right edge', async () => {
    const doc = await read('147_laocai-vp-tb-ketluan-ccn.docx');
    const facts = doc.formatting;
    if (!facts) {
      throw new Error('no facts');
    }
    const view = render(<FileSheet doc={doc} facts={facts} />);
    const head = view.container.querySelector<HTMLElement>('.file-layout');
    const page = facts.page;
    const left = -993 / 20;
    const width = 10490 / 20;
    expect({
      marginLeft: head?.style.marginLeft,
      columns: head?.style.gridTemplateColumns,
      // Its right edge stays inside the page: 21.25pt into the 56.7pt right margin, as Word and LibreOffice draw it.
      intoRightMargin: page ? left + width - (page.widthTw - page.marginLeftTw - page.marginRightTw) / 20 : null,
    }).toEqual({ marginLeft: `${left}pt`, columns: '219.75pt 304.75pt', intoRightMargin: 21.25 });
  });

  it('centres or right-aligns a layout table between the margins by its grid width (w:jc), else takes its w:tblInd', () => {
    const page = { widthTw: 11907, heightTw: 16840, orientation: 'portrait', marginTopTw: 1134, marginBottomTw: 1134, marginLeftTw: 1701, marginRightTw: 1134, titlePage: false } as const;
    const lead = (extra: Partial<ParagraphFacts>): ParagraphFacts => ({
      index: 0, text: 'ỦY BAN NHÂN DÂN', container: 'table', alignment: 'center', firstLineTw: null, spacingBeforeTw: null, spacingAfterTw: null,
      lineSpacing: null, hasBottomBorder: false, runs: [], ...extra,
    });
    expect([
      layoutLeftTw(lead({ tableAlign: 'center', tableWidthTw: 10072 }), page),
      layoutLeftTw(lead({ tableAlign: 'right', tableWidthTw: 9000, tableIndentTw: -500 }), page),
      layoutLeftTw(lead({ tableIndentTw: -500, tableWidthTw: 9000 }), page),
      layoutLeftTw(lead({}), page),
    ]).toEqual([-500, 72, -500, undefined]);
  });

  it('stands a letterhead of a Word 2010 file (compatibilityMode 11) by its border, a cell margin left of its w:tblInd: corpus 111’s 142 twips into the margin, its text 5.4 pt in from there', async () => {
    const doc = await read('111_laocai-sct-cv-kiemtra-thucte.docx');
    const facts = doc.formatting;
    if (!facts) {
      throw new Error('no facts');
    }
    const view = render(<FileSheet doc={doc} facts={facts} />);
    // w:tblInd -34 is to the text: Word and LibreOffice put the border 108 twips (w:start) further left, at -142 (-7.1 pt).
    expect([...view.container.querySelectorAll<HTMLElement>('.file-layout')].map((el) => el.style.marginLeft)).toEqual(['-7.1pt', '-5.4pt']);
  });

  it('places a data table as Word does: its border at the reader’s indent (or centred by its grid width), as wide as its grid', async () => {
    const page = { widthTw: 11907, heightTw: 16840, orientation: 'portrait', marginTopTw: 1134, marginBottomTw: 1134, marginLeftTw: 1701, marginRightTw: 1134, titlePage: false } as const;
    const first = (extra: Partial<ParagraphFacts>): ParagraphFacts => ({
      index: 0, text: 'STT', container: 'table', alignment: 'center', firstLineTw: null, spacingBeforeTw: null, spacingAfterTw: null,
      lineSpacing: null, hasBottomBorder: false, runs: [], dataTable: true, ...extra,
    });
    expect([
      dataTablePlace(first({ tableIndentTw: -108, tableWidthTw: 9300 }), page),
      dataTablePlace(first({ tableAlign: 'center', tableWidthTw: 9672 }), page),
      dataTablePlace(first({}), page),
    ]).toEqual([{ marginLeft: '-5.4pt', width: '465pt', maxWidth: 'none' }, { marginLeft: '-15pt', width: '483.6pt', maxWidth: 'none' }, {}]);
    // Corpus 101's appendix table (Word 2013+, w:tblInd -5, grid 9322 twips) on its sheet.
    const doc = await read('101_laocai-sct-kh-3024-sinquyen.docx');
    if (!doc.formatting) {
      throw new Error('no facts');
    }
    const view = render(<FileSheet doc={doc} facts={doc.formatting} />);
    const table = view.container.querySelector<HTMLElement>('.file-table');
    expect([table?.style.marginLeft, table?.style.width]).toEqual(['-0.25pt', '466.1pt']);
  });

  it('draws a list label with its own run properties (numbering level over paragraph mark), not the emphasis of the text it leads', async () => {
    // The level's w:rPr sets the number at 10 pt and not bold; the paragraph mark and the text are bold 14 pt.
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>' +
      '<w:rPr><w:b w:val="0"/><w:sz w:val="20"/></w:rPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const item = p('', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr>', r('Mục đích', '<w:b/><w:sz w:val="28"/>'));
    const body = p('', '', r('KẾ HOẠCH', '<w:b/>')) + item + p('', '', r('Nội dung kế hoạch.')) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>';
    const doc = await readBytes(await buildPackage({ body, styles: '', numbering, headers: {}, theme: null }), 'numbered');
    const facts = doc.formatting;
    if (!facts) {
      throw new Error('no facts');
    }
    const view = render(<FileSheet doc={doc} facts={facts} />);
    const line = facts.paragraphs.find((q) => q.numberingLabel === '1.');
    const spans = [...(view.container.querySelector(`[data-line="${(line?.index ?? -1) + 1}"]`)?.querySelectorAll<HTMLElement>('span') ?? [])];
    expect(spans.map((s) => [s.textContent, s.style.fontSize, s.style.fontWeight])).toEqual([
      ['1. ', '10pt', 'normal'],
      ['Mục đích', '14pt', 'bold'],
    ]);
  });

  it('lays a letterhead out row by row as Word does: corpus 03’s gridBefore and cells across columns, its at-least line spacing no tighter than single', async () => {
    const doc = await read('03_lamdong-cv-giao-cat-hd46.docx');
    const facts = doc.formatting;
    if (!facts) {
      throw new Error('no facts');
    }
    const view = render(<FileSheet doc={doc} facts={facts} />);
    const head = view.container.querySelector<HTMLElement>('.file-layout');
    const cellOf = (start: string): string | null => {
      const cell = [...(head?.querySelectorAll<HTMLElement>('.file-layout__cell') ?? [])].find((c) => (c.textContent ?? '').trimStart().startsWith(start));
      return cell ? `${cell.style.gridRow} | ${cell.style.gridColumn}` : null;
    };
    const agency = facts.paragraphs.find((q) => q.text === 'ỦY BAN NHÂN DÂN');
    expect({
      columns: head?.style.gridTemplateColumns,
      marginLeft: head?.style.marginLeft,
      agency: cellOf('ỦY BAN NHÂN DÂN'),
      number: cellOf('Số:'),
      republic: cellOf('CỘNG HÒA'),
      subject: cellOf('V/v'),
      lineHeight: agency ? paragraphStyle(agency, null).lineHeight : null,
    }).toEqual({
      columns: '14.2pt 184.3pt 14.2pt 269.3pt',
      marginLeft: '-15.9pt',
      agency: '1 / span 1 | 2 / 3',
      number: '2 / span 1 | 2 / 3',
      republic: '1 / span 1 | 3 / 5',
      subject: '3 / span 1 | 1 / 4',
      lineHeight: 'max(5pt, 1.15em)',
    });
  });
});

