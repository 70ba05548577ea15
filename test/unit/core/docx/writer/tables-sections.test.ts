/**
 * document.xml of a plan with body tables and two appendices: one section per appendix (landscape where set,
 * page numbers restarting at 1), and data tables as OOXML asks (grid fitted to the page, header rows, merges),
 * with the children of tblPr, trPr and tcPr in schema order so that Word opens the file without repair.
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, test } from 'vitest';
import { writeDocx } from '../../../../../core/docx/writer/write-docx';
import { fullPlan, tablePlan } from '../../../../helpers/docx-plans';

const NOW = new Date('2020-01-05T00:00:00Z');

async function documentXml(plan: Parameters<typeof writeDocx>[0]): Promise<string> {
  const zip = await JSZip.loadAsync(await writeDocx(plan, { now: NOW }));
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

function all(xml: string, re: RegExp): string[] {
  return [...xml.matchAll(re)].map((m) => m[0]);
}

function attr(element: string, name: string): string | null {
  return new RegExp(`${name}="([^"]*)"`, 'u').exec(element)?.[1] ?? null;
}

/** The data tables (those with single borders), each with its grid, header flags and merges. */
function dataTables(xml: string): { grid: number; columns: number; header: boolean[]; gridSpans: string[]; vMerge: string[] }[] {
  return all(xml, /<w:tbl>.*?<\/w:tbl>/gsu)
    .filter((t) => t.includes('<w:tblBorders><w:top w:val="single"'))
    .map((t) => ({
      grid: all(t, /<w:gridCol [^>]*>/gu).reduce((sum, g) => sum + Number(attr(g, 'w:w')), 0),
      columns: all(t, /<w:gridCol [^>]*>/gu).length,
      header: all(t, /<w:tr>.*?<\/w:tr>/gsu).map((row) => row.includes('<w:tblHeader/>')),
      gridSpans: all(t, /<w:gridSpan [^>]*>/gu).map((g) => attr(g, 'w:val') ?? ''),
      vMerge: all(t, /<w:vMerge [^>]*>/gu).map((g) => attr(g, 'w:val') ?? ''),
    }));
}

/** The direct children of each properties element, in order, as their qualified names. */
function childOrder(xml: string, element: 'w:tblPr' | 'w:trPr' | 'w:tcPr' | 'w:sectPr'): string[][] {
  return all(xml, new RegExp(`<${element}>.*?</${element}>`, 'gsu')).map((props) => {
    const names: string[] = [];
    let depth = 0;
    for (const [, close, name, self] of props.slice(element.length + 2, -(element.length + 3)).matchAll(/<(\/?)(w:[A-Za-z]+)[^>]*?(\/?)>/gu)) {
      if (close) {
        depth -= 1;
      } else {
        if (depth === 0) {
          names.push(name ?? '');
        }
        depth += self ? 0 : 1;
      }
    }
    return names;
  });
}

// CT_TblPr, CT_TcPr and CT_SectPr sequences (ECMA-376 Part 1, §17.4.60, §17.4.70, §17.6.17), the elements the writer can emit.
const TBL_PR = ['w:tblStyle', 'w:tblW', 'w:jc', 'w:tblInd', 'w:tblBorders', 'w:tblLayout', 'w:tblCellMar', 'w:tblLook'];
const TC_PR = ['w:tcW', 'w:gridSpan', 'w:vMerge', 'w:tcBorders', 'w:shd', 'w:tcMar', 'w:vAlign'];
const SECT_PR = ['w:headerReference', 'w:footerReference', 'w:pgSz', 'w:pgMar', 'w:pgNumType', 'w:cols', 'w:titlePg', 'w:docGrid'];

function inOrder(lists: readonly (readonly string[])[], order: readonly string[]): boolean {
  return lists.every((names) => names.every((name, i) => order.includes(name) && (i === 0 || order.indexOf(names[i - 1] ?? '') <= order.indexOf(name))));
}

describe('a plan with tables and two appendices, as document.xml', () => {
  let xml = '';
  beforeAll(async () => {
    xml = await documentXml(tablePlan(12));
  });

  test('has three sections: the plan, Phụ lục I portrait, Phụ lục II landscape; the appendices restart page numbers at 1', () => {
    const sections = all(xml, /<w:sectPr>.*?<\/w:sectPr>/gsu).map((s) => {
      const size = /<w:pgSz [^>]*>/u.exec(s)?.[0] ?? '';
      const margin = /<w:pgMar [^>]*>/u.exec(s)?.[0] ?? '';
      return {
        page: `${attr(size, 'w:w')}×${attr(size, 'w:h')} ${attr(size, 'w:orient')}`,
        margins: ['w:top', 'w:bottom', 'w:left', 'w:right'].map((m) => attr(margin, m)).join('/'),
        start: attr(/<w:pgNumType[^>]*>/u.exec(s)?.[0] ?? '', 'w:start'),
        titlePg: s.includes('<w:titlePg/>'),
        headers: all(s, /<w:headerReference [^>]*>/gu).map((h) => attr(h, 'w:type')),
        nextPage: !s.includes('w:type w:val="continuous"'),
      };
    });
    const portrait = { margins: '1134/1134/1701/850', titlePg: true, headers: ['default', 'first'], nextPage: true };
    expect(sections).toEqual([
      { ...portrait, page: '11906×16838 portrait', start: null },
      { ...portrait, page: '11906×16838 portrait', start: '1' },
      { ...portrait, page: '16838×11906 landscape', start: '1' },
    ]);
  });

  test('the appendix headings come right after the signer table, each at the start of its section', () => {
    // A section ends with the paragraph whose w:pPr holds its w:sectPr; '§' marks each end.
    const texts = all(xml, /<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gsu).flatMap((p) => {
      const text = all(p, /<w:t[^>]*>[^<]*/gu).map((t) => t.replace(/<[^>]*>/u, '')).join('');
      return p.includes('<w:sectPr>') ? [text, '§'] : [text];
    });
    const firstBreak = texts.indexOf('§');
    const afterBreaks = texts.map((t, i) => (t === '§' ? texts.slice(i + 1).find((x) => x !== '' && x !== '§') : null)).filter((t) => t !== null);
    expect({ signerBeforeBreak: texts.slice(0, firstBreak).includes('Lê Ánh Dương'), afterBreaks }).toEqual({
      signerBeforeBreak: true,
      afterBreaks: ['Phụ lục I', 'Phụ lục II'],
    });
  });

  test('data tables span the text width of their page, repeat their header rows and write merges', () => {
    expect(dataTables(xml)).toEqual([
      { grid: 9355, columns: 3, header: [true, false, false], gridSpans: [], vMerge: [] },
      { grid: 9355, columns: 4, header: [true, true, false, false], gridSpans: ['2'], vMerge: ['restart', 'restart', 'continue', 'continue'] },
      { grid: 9355, columns: 2, header: [true, false, false], gridSpans: [], vMerge: [] },
      { grid: 14287, columns: 6, header: [true, ...Array<boolean>(12).fill(false)], gridSpans: [], vMerge: [] },
    ]);
  });

  test('every row of these tables fits a page and cannot split; no cell paragraph has a first-line indent', () => {
    const rows = dataTables(xml).length;
    const tables = all(xml, /<w:tbl>.*?<\/w:tbl>/gsu).filter((t) => t.includes('<w:tblBorders><w:top w:val="single"'));
    expect({
      rows,
      unsplit: tables.every((t) => all(t, /<w:tr>.*?<\/w:tr>/gsu).every((row) => row.includes('<w:cantSplit/>'))),
      indents: tables.some((t) => /w:firstLine="[1-9]/u.test(t)),
    }).toEqual({ rows: 4, unsplit: true, indents: false });
  });

  test('the paragraph that introduces a body table is kept with it, the one after it has 6 pt above', () => {
    const around = all(xml, /<w:p>(?:(?!<w:p>).)*?<\/w:p><w:tbl><w:tblPr><w:tblW [^>]*><w:tblBorders><w:top w:val="single".*?<\/w:tbl><w:p>.*?<\/w:p>/gsu).map((chunk) => {
      const before = /^<w:p>.*?<\/w:p>/su.exec(chunk)?.[0] ?? '';
      const after = /<\/w:tbl>(<w:p>.*?<\/w:p>)$/su.exec(chunk)?.[1] ?? '';
      return { keepNext: before.includes('<w:keepNext/>'), spaceAbove: /<w:spacing [^>]*w:before="120"/u.test(after) };
    });
    expect(around.slice(0, 2)).toEqual([
      { keepNext: true, spaceAbove: true },
      { keepNext: true, spaceAbove: true },
    ]);
  });

  test('table, cell and section properties are written in schema order', () => {
    expect({
      tblPr: inOrder(childOrder(xml, 'w:tblPr'), TBL_PR),
      tcPr: inOrder(childOrder(xml, 'w:tcPr'), TC_PR),
      sectPr: inOrder(childOrder(xml, 'w:sectPr'), SECT_PR),
    }).toEqual({ tblPr: true, tcPr: true, sectPr: true });
  });

  test('two tables in a row are kept apart by a paragraph (Word would join them) and the document ends with a paragraph', async () => {
    const base = tablePlan(2);
    const twice = { ...base, appendices: [{ ...base.appendices[1], blocks: [...(base.appendices[1]?.blocks ?? []), ...(base.appendices[1]?.blocks ?? [])] } as (typeof base.appendices)[number]] };
    const out = await documentXml(twice);
    expect({ adjacent: /<\/w:tbl>\s*<w:tbl>/u.test(out), endsWithParagraph: /<\/w:p>\s*<w:sectPr>(?:(?!<w:sectPr>).)*<\/w:sectPr>\s*<\/w:body>/su.test(out) }).toEqual({
      adjacent: false,
      endsWithParagraph: true,
    });
  });
});

describe('a plan without tables or appendices', () => {
  test('keeps its single portrait section with no page-number restart', async () => {
    const xml = await documentXml(fullPlan());
    expect({ sections: all(xml, /<w:sectPr>/gu).length, restart: xml.includes('w:start='), tables: dataTables(xml).length }).toEqual({ sections: 1, restart: false, tables: 0 });
  });
});
