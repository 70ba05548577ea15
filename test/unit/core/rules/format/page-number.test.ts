import { describe, expect, test } from 'vitest';
import type { HeaderFooterFacts } from '../../../../../core/model/formatting';
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

  test('warns when there is no page number at all (LibreOffice, pandoc)', async () => {
    const findings = [
      ...findingsOf(formatPageNumber, await fixtureDocument('libreoffice-from-txt.docx')),
      ...findingsOf(formatPageNumber, await fixtureDocument('pandoc-from-md.docx')),
    ];
    const missing = 'warning @-: Không thấy số trang; văn bản nhiều trang cần đánh số trang ở giữa phần đầu trang (từ trang 2).';
    expect(findings).toEqual([missing, missing]);
  });

  test('makes a missing number an error when the text is clearly longer than a page', async () => {
    const long = withFacts(await fixtureDocument('libreoffice-from-txt.docx'), (f) => ({
      paragraphs: f.paragraphs.map((p) => (p.index === 12 ? { ...p, text: p.text + ' Nội dung.'.repeat(400) } : p)),
    }));
    expect(findingsOf(formatPageNumber, long)).toEqual(['error @-: Không có số trang, mà văn bản dài khoảng 3 trang; cần đánh số trang ở giữa phần đầu trang, từ trang 2.']);
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
