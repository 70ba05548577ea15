import { describe, expect, it } from 'vitest';
import { inferIssuer } from '../../../../../core/import/structure/infer';
import { issuerFromAttachedLine, issuerFromSentence } from '../../../../../core/rules/support/issuer';

const SENTENCES: ReadonlyArray<readonly [string, 'head' | 'collective' | null]> = [
  ['Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:', 'collective'],
  ['UBND tỉnh xây dựng Kế hoạch hành động thực hiện Chương trình như sau:', 'collective'],
  ['Ủy ban nhân dân tỉnh xây dựng và ban hành Kế hoạch như sau:', 'collective'],
  ['Chủ tịch UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2026 như sau:', 'head'],
  ['Chủ tịch Ủy ban nhân dân tỉnh xây dựng Kế hoạch như sau:', 'head'],
  // A request to the UBND to build something is not the issuing formula.
  ['Sở Nội vụ đề nghị UBND tỉnh xây dựng cơ chế phối hợp.', null],
];

describe('who issues, read from the opening sentence', () => {
  it('reads "xây dựng Kế hoạch" as "ban hành Kế hoạch", in the importer and in the rules alike', () => {
    expect(SENTENCES.map(([s]) => [inferIssuer(s), issuerFromSentence(s)])).toEqual(SENTENCES.map(([, want]) => [want, want]));
  });

  it('reads the head as issuer from an appendix\'s Kèm theo line ("của UBND tỉnh" decides nothing)', () => {
    expect([
      issuerFromAttachedLine('(Ban hành kèm theo Kế hoạch số /KH-UBND ngày /12/2025 của Chủ tịch UBND tỉnh Lâm Đồng)'),
      issuerFromAttachedLine('(Kèm theo Báo cáo số /BC-UBND ngày /01/2026 của UBND tỉnh Lâm Đồng)'),
      issuerFromAttachedLine('(Kèm theo Kế hoạch số /KH-SCT ngày /5/2026 của Sở Công Thương)'),
    ]).toEqual(['head', null, null]);
  });
});
