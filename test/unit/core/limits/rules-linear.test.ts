/**
 * Rules that grew faster than the document (issue 14), held linear by counting the work, never by timing:
 * lookups in the paragraph facts are built once per document, profile wordings are keyed once, and
 * appendix.heading resolves the issuer once per check rather than once per appendix.
 */
import { describe, expect, test, vi } from 'vitest';
import { writeDocx } from '../../../../core/docx/index';
import { importDocx, importText } from '../../../../core/import/index';
import { appendix, emptyPlan, numbered, paragraph, resetIds } from '../../../../core/model/builders';
import type { PlanDocument } from '../../../../core/model/plan-document';
import { appendixHeading } from '../../../../core/rules/builtin/appendix-heading';
import { checkDocument } from '../../../../core/rules/index';
import { exportPagesStats } from '../../../../core/rules/support/export-pages';
import { paragraphIndexStats } from '../../../../core/rules/support/paragraph-index';
import { headingKeyStats, wordingStats } from '../../../../core/rules/support/sections';
import * as issuer from '../../../../core/rules/support/issuer';
import { KE_HOACH_PROFILE } from '../../../helpers/rules-profiles';

vi.mock('../../../../core/rules/support/issuer', async (importOriginal) => {
  const original = await importOriginal<typeof issuer>();
  return { ...original, resolveIssuer: vi.fn(original.resolveIssuer) };
});

function withAppendices(count: number): PlanDocument {
  resetIds();
  const base = emptyPlan('ke-hoach');
  return {
    ...base,
    header: { ...base.header, agency: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG', symbol: 'KH-UBND', docType: 'KẾ HOẠCH', issuer: null },
    body: [numbered({ level: 'section', text: 'NỘI DUNG', children: [paragraph('Thực hiện theo các phụ lục kèm theo.')] })],
    appendices: Array.from({ length: count }, (_, i) => appendix({ title: `DANH MỤC SỐ ${i + 1}`, orientation: i % 2 === 0 ? 'portrait' : 'landscape', blocks: [paragraph(`Nội dung ${i + 1}.`)] })),
  };
}

describe('rules linear in the document', () => {
  test('one paragraph index per document, whatever the number of appendices and sections', async () => {
    const read = await importDocx(await writeDocx(withAppendices(24)));
    const doc = read.ok ? read.value[0] : undefined;
    expect(doc?.appendices.length).toBe(24);
    expect((doc?.formatting?.sections ?? []).length).toBeGreaterThan(10);
    const before = paragraphIndexStats.builds;
    checkDocument(doc as PlanDocument, { profiles: [KE_HOACH_PROFILE] });
    expect(paragraphIndexStats.builds - before).toBe(1);
    checkDocument(doc as PlanDocument, { profiles: [KE_HOACH_PROFILE] });
    expect(paragraphIndexStats.builds - before).toBe(1);
  });

  test('the layout rules share one layout of the export per document', () => {
    const doc = withAppendices(3);
    const before = exportPagesStats.builds;
    checkDocument(doc, { profiles: [KE_HOACH_PROFILE] });
    checkDocument(doc, { profiles: [KE_HOACH_PROFILE] });
    expect(exportPagesStats.builds - before).toBe(1);
  });

  test('appendix.heading resolves the issuer once per check, not once per appendix', () => {
    const doc = withAppendices(40);
    const resolve = vi.mocked(issuer.resolveIssuer);
    resolve.mockClear();
    appendixHeading.check(doc, { profile: null });
    expect(resolve).toHaveBeenCalledTimes(1);
  });

  test('profile wordings are keyed once; each heading is keyed once across profiles and missing sections', () => {
    const text = (n: number): string =>
      [
        'ỦY BAN NHÂN DÂN',
        'TỈNH BẮC GIANG',
        'Số: 12/KH-UBND',
        'Bắc Giang, ngày 10 tháng 9 năm 2021',
        'KẾ HOẠCH',
        'Triển khai thực hiện',
        'I. NỘI DUNG',
        ...Array.from({ length: n }, (_, i) => `${i + 1}. Nhiệm vụ thứ ${i + 1} của kế hoạch\nCơ quan chủ trì: Sở Nội vụ.`),
        'Nơi nhận:',
        '- Lưu: VT.',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
        'Mai Sơn',
      ].join('\n');
    const warm = importText(text(5));
    checkDocument(warm.ok ? (warm.value[0] as PlanDocument) : emptyPlan('ke-hoach'), { profiles: [KE_HOACH_PROFILE] });
    const read = importText(text(300));
    const doc = read.ok ? (read.value[0] as PlanDocument) : emptyPlan('ke-hoach');
    const wordingsBefore = wordingStats.built;
    const keysBefore = headingKeyStats.computed;
    checkDocument(doc, { profiles: [KE_HOACH_PROFILE] });
    // Three sections are missing (Mục đích, Kinh phí, Tổ chức): each looks at all 300 headings.
    expect(wordingStats.built - wordingsBefore).toBeLessThanOrEqual(1);
    expect(headingKeyStats.computed - keysBefore).toBeLessThanOrEqual(2 * 300 + 20);
  });
});
