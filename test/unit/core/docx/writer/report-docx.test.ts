import { describe, expect, it } from 'vitest';
import { writeReportDocx } from '../../../../../core/docx/index';
import { checkDocument } from '../../../../../core/rules/index';
import { doc, withHeader } from '../../../../helpers/doc-builders';
import { hasPythonDocx, inspectDocx, saveDocx, tempDir } from '../../../../helpers/docx-render';
import { TEST_PROFILES } from '../../../../helpers/rules-profiles';

const AT = new Date(2026, 10, 22, 9, 30);

describe.skipIf(!hasPythonDocx)('the phiếu kiểm tra thể thức as .docx, read back with python-docx', () => {
  it('opens, on A4 with NĐ 30 margins, and carries the same phiếu as the HTML', async () => {
    const plan = withHeader(doc(), { docType: null, number: 'Số: 12', symbol: 'KH-UBND', summary: 'KẾ HOẠCH Triển khai công tác văn thư' });
    const result = checkDocument(plan, { profiles: TEST_PROFILES });
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    const bytes = await writeReportDocx([{ file: 'ke-hoach.docx', documents: [{ doc: plan, result }] }], { checkedAt: AT });
    const read = inspectDocx(saveDocx(bytes, tempDir('kehoach-phieu-'), 'phieu.docx'));
    const cells = read.tableTexts.flat(2).join('\n');
    const texts = read.paragraphs.map((p) => p.text).join('\n');
    const identity = read.tableTexts[0] ?? [];
    const findingRows = (read.tableTexts[1] ?? []).length - 1;
    const section = read.sections[0];
    expect(errors).toBeGreaterThan(0);
    expect({
      page: section ? [Math.round(section.width / 56.7), Math.round(section.height / 56.7), Math.round(section.left / 56.7), Math.round(section.right / 56.7)] : null,
      number: identity.find((r) => r[0] === 'Số, ký hiệu')?.[1],
      summary: identity.find((r) => r[0] === 'Trích yếu')?.[1],
      verdict: texts.includes(`Kết luận: CẦN SỬA (${errors} lỗi,`),
      decree: texts.includes('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020'),
      basis: cells.includes('Nghị định số 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 5'),
      findingRows,
      signer: ['NGƯỜI KIỂM TRA', '(Ký, ghi rõ họ tên)', 'Họ và tên người kiểm tra:', 'Đơn vị:'].filter((s) => !cells.includes(s)),
    }).toEqual({
      page: [210, 297, 30, 15],
      number: '12/KH-UBND',
      summary: 'Triển khai công tác văn thư',
      verdict: true,
      decree: true,
      basis: true,
      findingRows: result.findings.length,
      signer: [],
    });
  });

  it('prints the reviewer given instead of the dotted lines', async () => {
    const plan = doc();
    const result = checkDocument(plan, { profiles: TEST_PROFILES });
    const bytes = await writeReportDocx([{ file: 'x.txt', documents: [{ doc: plan, result }] }], { checkedAt: AT, reviewer: { name: 'Trần Thị B', unit: 'Văn phòng' } });
    const cells = inspectDocx(saveDocx(bytes, tempDir('kehoach-phieu-'), 'phieu.docx')).tableTexts.flat(2).join('\n');
    expect([cells.includes('Trần Thị B'), cells.includes('Văn phòng'), cells.includes('……………')]).toEqual([true, true, false]);
  });
});
