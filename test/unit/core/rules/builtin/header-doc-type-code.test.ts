import { describe, expect, it } from 'vitest';
import { headerDocTypeCode } from '../../../../../core/rules/builtin/header-doc-type-code';
import { doc, withHeader } from '../../../../helpers/doc-builders';
import { briefs, run } from '../../../../helpers/rules-check';

describe('header.doc-type-code', () => {
  it('stays silent on a Kế hoạch numbered "KH-UBND" and a công văn numbered "UBND-VP"', () => {
    const letter = { ...withHeader(doc(), { symbol: 'UBND-VP', docType: null }), kind: 'cong-van' as const };
    expect([...briefs(headerDocTypeCode, doc()), ...briefs(headerDocTypeCode, letter)]).toEqual([]);
  });

  it('flags a Kế hoạch coded as a Báo cáo and offers "KH-UBND"', () => {
    const [f] = run(headerDocTypeCode, withHeader(doc(), { symbol: 'BC-UBND' }));
    expect({ severity: f?.severity, edit: f?.fix?.edit }).toEqual({ severity: 'error', edit: { kind: 'set-header', field: 'symbol', value: 'KH-UBND' } });
  });

  it('flags the invented "CV" code on a công văn', () => {
    const letter = { ...withHeader(doc(), { symbol: 'CV-UBND', docType: null }), kind: 'cong-van' as const };
    expect(briefs(headerDocTypeCode, letter)).toEqual([
      { severity: 'error', location: { part: 'header', field: 'number' }, message: expect.stringContaining('công văn không có chữ viết tắt tên loại'), fixed: false },
    ]);
  });
});
