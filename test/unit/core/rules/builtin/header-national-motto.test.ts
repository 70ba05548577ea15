import { describe, expect, it } from 'vitest';
import { headerNationalMotto } from '../../../../../core/rules/builtin/header-national-motto';
import { asImported, doc, withHeader } from '../../../../helpers/doc-builders';
import { briefs } from '../../../../helpers/rules-check';

describe('header.national-motto', () => {
  it('stays silent on a correct plan, made in the app or imported', () => {
    expect([...briefs(headerNationalMotto, doc()), ...briefs(headerNationalMotto, asImported(doc()))]).toEqual([]);
  });

  it('reports a missing Quốc hiệu and Tiêu ngữ as errors with a fix', () => {
    const plan = withHeader(doc(), { nationalTitle: null, motto: null });
    expect(briefs(headerNationalMotto, plan)).toEqual([
      { severity: 'error', location: { part: 'header', field: 'nationalTitle' }, message: expect.stringContaining('Thiếu Quốc hiệu'), fixed: true },
      { severity: 'error', location: { part: 'header', field: 'motto' }, message: expect.stringContaining('Thiếu Tiêu ngữ'), fixed: true },
    ]);
  });

  it('gives only a hint on the old spelling "HOÀ" (the decree\'s own sample table spells it so)', () => {
    const plan = withHeader(doc(), { nationalTitle: 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM' });
    expect(briefs(headerNationalMotto, plan).map((b) => b.severity)).toEqual(['info']);
  });

  it('flags a misspelt motto with en dashes', () => {
    const plan = withHeader(doc(), { motto: 'Độc lập – Tự do – Hạnh phúc' });
    expect(briefs(headerNationalMotto, plan)).toEqual([
      { severity: 'error', location: { part: 'header', field: 'motto' }, message: expect.stringContaining('sửa thành "Độc lập - Tự do - Hạnh phúc"'), fixed: true },
    ]);
  });
});
