import { describe, expect, it } from 'vitest';
import { escapeHtml, formatHtmlReport } from '../../../../core/report/index';
import { checkDocument } from '../../../../core/rules/index';
import { asImported, doc, withHeader } from '../../../helpers/doc-builders';
import { TEST_PROFILES } from '../../../helpers/rules-profiles';

const AT = new Date(2026, 10, 22, 9, 30);

describe('formatHtmlReport', () => {
  it('escapes every text taken from the document and the file name', () => {
    const plan = withHeader(asImported(doc()), { summary: 'Kế hoạch <script>alert("x")</script> & "trích"', motto: null });
    const result = checkDocument(plan, { profiles: TEST_PROFILES });
    const html = formatHtmlReport([{ file: 'a<b>&c.txt', documents: [{ doc: plan, result }] }], { checkedAt: AT });
    expect({ script: html.includes('<script>'), escaped: html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;trích&quot;'), file: html.includes('a&lt;b&gt;&amp;c.txt') }).toEqual({
      script: false,
      escaped: true,
      file: true,
    });
  });

  it('states identity, date checked, profile and how chosen, and lists groups not evaluated with the reason', () => {
    const plan = asImported(doc());
    const result = checkDocument(plan, { profiles: TEST_PROFILES });
    const html = formatHtmlReport([{ file: 'ke-hoach.txt', documents: [{ doc: plan, result }] }], { checkedAt: AT });
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect([
      'Phiếu kiểm tra thể thức',
      'Số, ký hiệu Số: 859/KH-UBND',
      'Ngày kiểm tra ngày 22 tháng 11 năm 2026',
      'cách chọn: tự nhận theo đề mục',
      'Định dạng (phông, cỡ chữ, lề, số trang) : Tệp văn bản thuần không có định dạng',
      'Không có phát hiện nào ở các nhóm đã kiểm tra.',
    ].filter((s) => !text.includes(s))).toEqual([]);
  });

  it('prints on A4 in Times New Roman, self-contained, one section per document', () => {
    const plan = doc();
    const result = checkDocument(plan, { profiles: TEST_PROFILES });
    const html = formatHtmlReport([{ file: 'x.kehoach', documents: [{ doc: plan, result }, { doc: plan, result }] }], { checkedAt: AT });
    expect({
      a4: html.includes('size: A4 portrait'),
      font: html.includes('font-family: "Times New Roman"'),
      external: /<(link|script|img)\b/.test(html),
      sections: html.match(/<section class="doc">/g)?.length,
    }).toEqual({ a4: true, font: true, external: false, sections: 2 });
  });

  it('shows each finding with its basis and quick fix', () => {
    const plan = withHeader(doc(), { docType: null });
    const result = checkDocument(plan, { profiles: TEST_PROFILES });
    const html = formatHtmlReport([{ file: 'x', documents: [{ doc: plan, result }] }], { checkedAt: AT });
    expect([html.includes('NĐ 30/2020, PL I, Phần I, Mục II, khoản 5'), html.includes('Cách sửa nhanh: Thêm &quot;KẾ HOẠCH&quot;'), escapeHtml(`'`)]).toEqual([true, true, '&#39;']);
  });
});
