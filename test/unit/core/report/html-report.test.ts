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
      'Số, ký hiệu 859/KH-UBND',
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
    expect([html.includes('Nghị định số 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 5'), html.includes('Cách sửa nhanh: Thêm &quot;KẾ HOẠCH&quot;'), escapeHtml(`'`)]).toEqual([true, true, '&#39;']);
  });

  it('states the number once, without a second "Số:", and the trích yếu without the type name', () => {
    const plan = withHeader(doc(), { number: 'Số: 12', symbol: 'KH-UBND', summary: 'KẾ HOẠCH Triển khai công tác văn thư năm 2026' });
    const html = formatHtmlReport([{ file: 'x', documents: [{ doc: plan, result: checkDocument(plan, { profiles: TEST_PROFILES }) }] }], { checkedAt: AT });
    expect([rowValue(html, 'Số, ký hiệu'), rowValue(html, 'Trích yếu')]).toEqual(['12/KH-UBND', 'Triển khai công tác văn thư năm 2026']);
  });

  it('gives the verdict with the counts: cần sửa when there is an error, đạt otherwise', () => {
    const bad = withHeader(doc(), { docType: null });
    const badResult = checkDocument(bad, { profiles: TEST_PROFILES });
    const good = asImported(doc());
    const goodResult = checkDocument(good, { profiles: TEST_PROFILES });
    const count = (r: typeof badResult, s: string): number => r.findings.filter((f) => f.severity === s).length;
    const line = (r: typeof badResult): string => `${count(r, 'error')} lỗi, ${count(r, 'warning')} cảnh báo, ${count(r, 'info')} gợi ý`;
    const verdictOf = (plan: typeof bad, r: typeof badResult): string =>
      /<p class="verdict[^"]*">([\s\S]*?)<\/p>/u.exec(formatHtmlReport([{ file: 'x', documents: [{ doc: plan, result: r }] }], { checkedAt: AT }))?.[1]?.replace(/<[^>]+>/g, '') ?? '';
    expect(count(badResult, 'error')).toBeGreaterThan(0);
    expect([verdictOf(bad, badResult), verdictOf(good, goodResult)]).toEqual([
      `Kết luận: CẦN SỬA (${line(badResult)})`,
      goodResult.findings.length === 0 ? 'Kết luận: ĐẠT (không có phát hiện nào)' : `Kết luận: ĐẠT (${line(goodResult)})`,
    ]);
  });

  it('states the basis in words: the decree in full, "Phụ lục" for "PL", the rule id apart and small', () => {
    const plan = withHeader(doc(), { docType: null });
    const html = formatHtmlReport([{ file: 'x', documents: [{ doc: plan, result: checkDocument(plan, { profiles: TEST_PROFILES }) }] }], { checkedAt: AT });
    expect({
      decree: html.includes('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư'),
      basis: html.includes('Nghị định số 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 5'),
      abbreviated: />[^<]*NĐ 30\/2020, PL I/u.test(html),
      rule: /<span class="rule">[a-z]+\.[a-z-]+<\/span>/u.test(html),
    }).toEqual({ decree: true, basis: true, abbreviated: false, rule: true });
  });

  it('ends with the reviewer\'s block: dotted lines to fill in, or the name and unit given', () => {
    const plan = doc();
    const entry = [{ file: 'x', documents: [{ doc: plan, result: checkDocument(plan, { profiles: TEST_PROFILES }) }] }];
    const blank = formatHtmlReport(entry, { checkedAt: AT });
    const given = formatHtmlReport(entry, { checkedAt: AT, reviewer: { name: 'Trần Thị <B>', unit: 'Văn phòng UBND tỉnh' } });
    const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect({
      role: text(blank).includes('NGƯỜI KIỂM TRA (Ký, ghi rõ họ tên)'),
      date: text(blank).includes('ngày …… tháng …… năm 20……'),
      blanks: blank.match(/<span class="blank"/g)?.length,
      givenBlanks: given.match(/<span class="blank"/g)?.length ?? 0,
      name: text(given).includes('Họ và tên người kiểm tra: Trần Thị &lt;B&gt;'),
      unit: text(given).includes('Đơn vị: Văn phòng UBND tỉnh'),
    }).toEqual({ role: true, date: true, blanks: 2, givenBlanks: 0, name: true, unit: true });
  });

  it('numbers the printed pages and reflows the findings in a narrow window', () => {
    const html = formatHtmlReport([], { checkedAt: AT });
    expect([html.includes('counter(page)'), html.includes('counter(pages)'), /@media screen and \(max-width: \d+px\)/u.test(html), html.includes('name="viewport"')]).toEqual([true, true, true, true]);
  });
});

/** The value cell of an identity row, tags removed. */
function rowValue(html: string, label: string): string | undefined {
  return new RegExp(`<th scope="row">${label}</th><td>([^<]*)</td>`, 'u').exec(html)?.[1];
}
