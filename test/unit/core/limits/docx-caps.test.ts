/**
 * Element caps of the .docx reader (issue 14): byte caps do not bound a package of tiny elements (5 million
 * `<w:p/>` fit in 52 KB), so paragraphs, runs, cells and elements are counted while scanning, over all parts.
 * Low caps are passed as limits: the same code path as the defaults, without building millions of elements.
 */
import { describe, expect, test } from 'vitest';
import { DEFAULT_LIMITS, readDocxFacts, type ReaderLimits } from '../../../../core/docx/reader/index';
import { scanXml, type ElementBudget } from '../../../../core/docx/reader/xml-scan';
import { importDocx } from '../../../../core/import/index';
import { documentXml, zipOf } from '../../../helpers/docx-fixtures-hostile';

const BYTES = { maxEntries: 2000, maxTotalBytes: 64 * 1024 * 1024 };

async function outcome(body: string, limits: Partial<ReaderLimits>, extra: Record<string, string> = {}): Promise<string> {
  const bytes = await zipOf({ 'word/document.xml': documentXml(body), ...extra });
  const read = await readDocxFacts(bytes, { ...BYTES, ...limits });
  return read.ok ? 'ok' : `${read.error.code}: ${read.error.message}`;
}

const para = (text: string): string => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe('element caps of the .docx reader', () => {
  test('empty paragraphs past the paragraph cap are refused with a Vietnamese message naming the cap', async () => {
    expect(await outcome('<w:p/>'.repeat(1000), { maxParagraphs: 1000 })).toBe('ok');
    const over = await outcome('<w:p/>'.repeat(1001), { maxParagraphs: 1000 });
    expect(over).toMatch(/^docx\/too-large: Tệp Word có quá nhiều đoạn văn \(hơn 1\.000\)/u);
    expect(over).not.toMatch(/Error|at \w+ \(/u);
  });

  test('runs, table cells and XML elements each have their cap', async () => {
    const runs = `<w:p>${'<w:r><w:t>a</w:t></w:r>'.repeat(51)}</w:p>`;
    const cells = `<w:tbl><w:tr>${`<w:tc>${para('ô')}</w:tc>`.repeat(21)}</w:tr></w:tbl>`;
    const props = `<w:p><w:pPr>${'<w:jc w:val="both"/>'.repeat(300)}</w:pPr></w:p>`;
    expect([await outcome(runs, { maxRuns: 50 }), await outcome(cells, { maxCells: 20 }), await outcome(props, { maxElements: 300 })].map((o) => o.split(':')[0])).toEqual([
      'docx/too-large',
      'docx/too-large',
      'docx/too-large',
    ]);
    expect(await outcome(runs, { maxRuns: 51 })).toBe('ok');
    expect(await outcome(cells, { maxCells: 21 })).toBe('ok');
    expect(await outcome(cells, { maxCells: 20 })).toMatch(/ô bảng \(hơn 20\)/u);
  });

  test('the budget is shared by every part read: a header adds to the main part', async () => {
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>';
    const header = `<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${para('đầu trang').repeat(5)}</w:hdr>`;
    const body = `${para('nội dung').repeat(6)}<w:sectPr><w:headerReference w:type="default" r:id="rH" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></w:sectPr>`;
    const parts = { 'word/_rels/document.xml.rels': rels, 'word/header1.xml': header };
    expect(await outcome(body, { maxParagraphs: 11 }, parts)).toBe('ok');
    expect(await outcome(body, { maxParagraphs: 10 }, parts)).toMatch(/^docx\/too-large/u);
  });

  test('the scan stops at the first element past the cap instead of building the rest', () => {
    const budget: ElementBudget = { elements: 1e9, paragraphs: 100, runs: 1e9, cells: 1e9 };
    const scanned = scanXml(`<w:body>${'<w:p/>'.repeat(100_000)}</w:body>`, budget);
    expect(scanned).toEqual({ over: 'paragraphs' });
    // One past the cap, not 100,000 counted.
    expect(budget.paragraphs).toBe(-1);
    expect(budget.elements).toBe(1e9 - 102);
  });

  test('importDocx passes the limits through, and the default caps are far above a real plan', async () => {
    const bytes = await zipOf({ 'word/document.xml': documentXml('<w:p/>'.repeat(30)) });
    const read = await importDocx(bytes, { limits: { ...BYTES, maxParagraphs: 20 } });
    expect(read.ok ? 'ok' : read.error.code).toBe('docx/too-large');
    // A 100-page plan has ~3,000 paragraphs and ~120,000 elements; the largest corpus file 936 and 37,641.
    expect(DEFAULT_LIMITS.maxParagraphs).toBeGreaterThanOrEqual(30_000);
    expect(DEFAULT_LIMITS.maxElements).toBeGreaterThanOrEqual(500_000);
    expect(DEFAULT_LIMITS.maxCells).toBeGreaterThanOrEqual(10_000);
  });
});
