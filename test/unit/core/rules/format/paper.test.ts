import { describe, expect, test } from 'vitest';
import { formatPaper } from '../../../../../core/rules/builtin/format/paper';
import { fixtureDocument } from '../../../../helpers/docx-fixtures-load';
import { findingsOf, withFacts } from '../../../../helpers/docx-fixtures-rules';

describe('format.paper', () => {
  test('stays silent on an A4 portrait file', async () => {
    expect(findingsOf(formatPaper, await fixtureDocument('docxlib-compliant.docx'))).toEqual([]);
  });

  test('reports a file that declares no paper size (pandoc)', async () => {
    expect(findingsOf(formatPaper, await fixtureDocument('pandoc-from-md.docx'))).toEqual([
      'error @-: Tệp không khai báo khổ giấy (Word sẽ dùng khổ mặc định của máy, thường là Letter); cần khổ A4 210 × 297 mm.',
    ]);
  });

  test('reports Letter paper and a landscape first page with the measured size', async () => {
    const doc = await fixtureDocument('docxlib-compliant.docx');
    const letter = withFacts(doc, (f) => {
      const page = { ...f.page!, widthTw: 15840, heightTw: 12240, orientation: 'landscape' as const };
      return { page, sections: [page] };
    });
    expect(findingsOf(formatPaper, letter)).toEqual([
      'error @-: Khổ giấy 279,4 × 215,9 mm; cần A4 210 × 297 mm.',
      'error @-: Trang đầu đặt khổ ngang; văn bản trình bày theo chiều dài khổ A4 (chỉ trang có bảng rộng mới được đặt ngang).',
    ]);
  });

  test('does not judge a document without formatting facts', async () => {
    const { formatting: _facts, ...plain } = await fixtureDocument('docxlib-compliant.docx');
    expect(findingsOf(formatPaper, plain)).toEqual(['not evaluated']);
  });
});
