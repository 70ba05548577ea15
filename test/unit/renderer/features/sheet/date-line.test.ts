import { describe, expect, it } from 'vitest';
import { parseTypedDate, toTypedDate } from '../../../../../renderer/features/sheet/DateLine';

describe('the date field (dd/mm/yyyy whatever the locale)', () => {
  it('shows a date day first, with leading zeros', () => {
    expect(toTypedDate({ day: 7, month: 1, year: 2026 })).toBe('07/01/2026');
    expect(toTypedDate({ day: null, month: null, year: 2026 })).toBe('');
  });

  it('reads what a drafter types, day first, and the ISO form', () => {
    expect(['7/1/2026', '07/01/2026', '07-01-2026', '7.1.2026', ' 07 / 01 / 2026 ', '2026-01-07'].map(parseTypedDate)).toEqual(
      Array.from({ length: 6 }, () => ({ day: 7, month: 1, year: 2026 })),
    );
  });

  it('refuses dates that are not on the calendar or not finished', () => {
    expect(['31/02/2026', '29/02/2025', '13/13/2026', '07/01/26', '07/01', ''].map(parseTypedDate)).toEqual([null, null, null, null, null, null]);
    expect(parseTypedDate('29/02/2024')).toEqual({ day: 29, month: 2, year: 2024 });
  });
});
