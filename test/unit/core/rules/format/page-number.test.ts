import { describe, expect, test } from 'vitest';
import type { FormattingFacts, HeaderFooterFacts } from '../../../../../core/model/formatting';
import { formatPageNumber } from '../../../../../core/rules/builtin/format/page-number';
import { fixtureDocument } from '../../../../helpers/docx-fixtures-load';
import { findingsOf, withFacts } from '../../../../helpers/docx-fixtures-rules';

const run = { text: '2', font: 'Times New Roman', sizeHalfPt: 28, bold: false, italic: false, caps: false, underline: false, color: null };
const header = (type: HeaderFooterFacts['type'], field: boolean, extra: Partial<HeaderFooterFacts> = {}): HeaderFooterFacts => ({
  kind: 'header', type, text: field ? '2' : '', hasPageField: field, alignment: field ? 'center' : null, pageFieldRun: field ? run : null, ...extra,
});

describe('format.page-number', () => {
  test('stays silent on a centred header number with a different, empty first page', async () => {
    expect(findingsOf(formatPageNumber, await fixtureDocument('docxlib-compliant.docx'))).toEqual([]);
  });

  test('reports a number in the footer that also shows on page 1', async () => {
    expect(findingsOf(formatPageNumber, await fixtureDocument('docxlib-arial.docx'))).toEqual([
      'error @-: Số trang đặt ở chân trang; cần đặt ở giữa phần đầu trang (lề trên).',
      'error @-: Số trang hiện cả ở trang 1; trang đầu không đánh số (bật "Trang đầu khác" và để trống đầu trang của trang 1).',
    ]);
  });

  test('asks no page number of a document that fits one page (short text from LibreOffice, pandoc)', async () => {
    const findings = [
      ...findingsOf(formatPageNumber, await fixtureDocument('libreoffice-from-txt.docx')),
      ...findingsOf(formatPageNumber, await fixtureDocument('pandoc-from-md.docx')),
    ];
    expect(findings).toEqual([]);
  });

  test('trusts the page count Word saved: none needed on one page, an error on several', async () => {
    const base = await fixtureDocument('libreoffice-from-txt.docx');
    const long = (f: FormattingFacts): FormattingFacts['paragraphs'] => f.paragraphs.map((p) => (p.index === 12 ? { ...p, text: p.text + ' Nội dung.'.repeat(400) } : p));
    expect({
      onePage: findingsOf(formatPageNumber, withFacts(base, (f) => ({ paragraphs: long(f), pagesAsSaved: 1 }))),
      twoPages: findingsOf(formatPageNumber, withFacts(base, () => ({ pagesAsSaved: 2 }))),
    }).toEqual({
      onePage: [],
      twoPages: ['error @-: Không có số trang, mà văn bản dài 2 trang (theo Word); cần đánh số trang ở giữa phần đầu trang, từ trang 2.'],
    });
  });

  test('only warns when the text may or may not run past one page', async () => {
    const doc = withFacts(await fixtureDocument('libreoffice-from-txt.docx'), (f) => ({
      paragraphs: f.paragraphs.map((p) => (p.index === 12 ? { ...p, text: 'Nội dung.'.repeat(290) } : p)),
    }));
    expect(findingsOf(formatPageNumber, doc)).toEqual(['warning @-: Không thấy số trang; nếu văn bản dài hơn một trang, cần đánh số trang ở giữa phần đầu trang (từ trang 2).']);
  });

  test('judges only the parts Word shows: an even-page header without "different odd and even", a first-page one without "different first page"', async () => {
    const doc = withFacts(await fixtureDocument('docxlib-compliant.docx'), (f) => ({
      headerFooters: [header('default', true), header('even', true, { alignment: 'right', shown: false }), header('first', true, { shown: false })],
      page: f.page ? { ...f.page, titlePage: false } : null,
    }));
    // Only the default header shows; with no different first page it also shows on page 1.
    expect(findingsOf(formatPageNumber, doc)).toEqual(['error @-: Số trang hiện cả ở trang 1; trang đầu không đánh số (bật "Trang đầu khác" và để trống đầu trang của trang 1).']);
  });

  test('reports a number only in the even-page header when odd and even pages differ and there is a page 3', async () => {
    const evenOnly = (pages: number) => withFacts(base, () => ({
      headerFooters: [header('default', false, { shown: true }), header('even', true, { shown: true }), header('first', false, { shown: true })],
      pagesAsSaved: pages,
    }));
    const base = await fixtureDocument('docxlib-compliant.docx');
    expect({ three: findingsOf(formatPageNumber, evenOnly(3)), two: findingsOf(formatPageNumber, evenOnly(2)) }).toEqual({
      three: ['error @-: Số trang chỉ có ở đầu trang chẵn: các trang lẻ từ trang 3 không có số — đặt số trang cả ở đầu trang lẻ (hoặc tắt "Trang chẵn lẻ khác nhau").'],
      two: [],
    });
  });

  test('leaves an appendix section\'s own header to appendix.page-number', async () => {
    const doc = withFacts(await fixtureDocument('docxlib-compliant.docx'), (f) => ({
      headerFooters: [...f.headerFooters.map((hf) => ({ ...hf, section: 0 })), header('default', true, { alignment: 'right', section: 1 })],
    }));
    expect(findingsOf(formatPageNumber, doc)).toEqual([]);
  });

  test('judges alignment, size and emphasis of the number, and a first-page header that shows it', async () => {
    const doc = withFacts(await fixtureDocument('docxlib-compliant.docx'), () => ({
      headerFooters: [header('default', true, { alignment: 'right', pageFieldRun: { ...run, sizeHalfPt: 24, bold: true } }), header('first', true)],
    }));
    expect(findingsOf(formatPageNumber, doc)).toEqual([
      'error @-: Số trang ở đầu trang nhưng căn phải; cần căn giữa.',
      'error @-: Số trang: cỡ chữ 12; cần 13–14; cần chữ đứng, không đậm, không nghiêng.',
      'error @-: Số trang hiện cả ở trang 1; trang đầu không đánh số (bật "Trang đầu khác" và để trống đầu trang của trang 1).',
    ]);
  });
});
