import { describe, expect, it } from 'vitest';
import { dateValid } from '../../../../../core/rules/builtin/date-valid';
import { doc, withHeader } from '../../../../helpers/doc-builders';
import { briefs } from '../../../../helpers/rules-check';

describe('date.valid', () => {
  it('stays silent on real dates, 29/02 of a leap year and blank drafts included', () => {
    const dates = [{ day: 29, month: 2, year: 2024 }, { day: 31, month: 12, year: 2023 }, { day: null, month: 9, year: 2021 }];
    expect(dates.flatMap((date) => briefs(dateValid, withHeader(doc(), { date })))).toEqual([]);
  });

  it('flags 30 February as an error', () => {
    expect(briefs(dateValid, withHeader(doc(), { date: { day: 30, month: 2, year: 2024 } }))).toEqual([
      { severity: 'error', location: { part: 'header', field: 'date' }, message: expect.stringContaining('không có ngày 30'), fixed: false },
    ]);
  });

  it('flags a month 13', () => {
    expect(briefs(dateValid, withHeader(doc(), { date: { day: 1, month: 13, year: 2024 } })).map((b) => b.severity)).toEqual(['error']);
  });
});
