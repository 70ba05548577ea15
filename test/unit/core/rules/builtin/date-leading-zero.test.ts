import { describe, expect, it } from 'vitest';
import { dateLeadingZero } from '../../../../../core/rules/builtin/date-leading-zero';
import { asImported, doc, withHeader, withSource } from '../../../../helpers/doc-builders';
import { briefs, run } from '../../../../helpers/rules-check';

describe('date.leading-zero', () => {
  it('stays silent on dates written as the decree says', () => {
    const plan = asImported(doc());
    const lines = ['Bắc Giang, ngày 05 tháng 01 năm 2020', 'Bắc Giang, ngày 29 tháng 6 năm 2019', 'Bắc Giang, ngày   tháng 9 năm 2021'];
    expect(lines.flatMap((l) => briefs(dateLeadingZero, withSource(plan, 'date', l, 5)))).toEqual([]);
  });

  it('says "tháng 05" is wrong and offers "tháng 5"', () => {
    const plan = withSource(withHeader(doc(), { date: { day: 12, month: 5, year: 2024 } }), 'date', 'Bắc Giang, ngày 12 tháng 05 năm 2024', 5);
    const [f] = run(dateLeadingZero, plan);
    expect({ message: f?.message, fix: f?.fix }).toEqual({
      message: 'Ngày ban hành ghi "tháng 05": tháng từ 3 đến 12 không thêm số 0 — sửa thành "tháng 5".',
      fix: { title: 'Sửa thành "ngày 12 tháng 5"', edit: { kind: 'set-date', day: 12, month: 5, year: 2024 } },
    });
  });

  it('asks for "ngày 05" and "tháng 01" in one finding', () => {
    const plan = withSource(doc(), 'date', 'Hà Nội, ngày 5 tháng 1 năm 2020', 5);
    expect(briefs(dateLeadingZero, plan)).toEqual([
      { severity: 'error', location: { part: 'header', field: 'date', line: 5 }, message: expect.stringMatching(/"ngày 05".*"tháng 01"/u), fixed: true },
    ]);
  });

  it('stays silent on app documents, whose dates the writer formats', () => {
    expect(briefs(dateLeadingZero, withHeader(doc(), { date: { day: 5, month: 5, year: 2024 } }))).toEqual([]);
  });
});
