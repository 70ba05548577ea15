import { describe, expect, it } from 'vitest';
import { formatDateWords, isRealDate, parseDateLine, toPlanDate } from '../../../../core/text/dates';

describe('date lines', () => {
  it('splits a complete line and a draft line with blank parts', () => {
    expect(parseDateLine('Hà Nội, ngày 05 tháng 01 năm 2020')).toEqual({ place: 'Hà Nội', dayText: '05', monthText: '01', yearText: '2020' });
    expect(parseDateLine('Bắc Giang, ngày tháng 9 năm 2021')).toEqual({ place: 'Bắc Giang', dayText: '', monthText: '9', yearText: '2021' });
    expect(parseDateLine('Lai Châu, ngày      tháng     năm 2021')).toEqual({ place: 'Lai Châu', dayText: '', monthText: '', yearText: '2021' });
    expect(parseDateLine('Thành phố Hồ Chí Minh, ngày … tháng … năm …')).toEqual({ place: 'Thành phố Hồ Chí Minh', dayText: '', monthText: '', yearText: '' });
    expect(parseDateLine('Nâng cao nhận thức của các cấp')).toBeNull();
  });

  it('writes leading zeros only for days below 10 and for months 1 and 2', () => {
    expect(formatDateWords({ day: 5, month: 1, year: 2020 })).toBe('ngày 05 tháng 01 năm 2020');
    expect(formatDateWords({ day: 29, month: 6, year: 2019 })).toBe('ngày 29 tháng 6 năm 2019');
    expect(formatDateWords({ day: null, month: 12, year: 2026 })).toBe('ngày … tháng 12 năm 2026');
    expect(toPlanDate({ place: 'x', dayText: '05', monthText: '', yearText: '2021' })).toEqual({ day: 5, month: null, year: 2021 });
  });

  it('knows which days exist, leap years included', () => {
    expect([isRealDate(29, 2, 2024), isRealDate(29, 2, 2025), isRealDate(31, 4, 2025), isRealDate(31, 12, 2025), isRealDate(1, 13, 2025)]).toEqual([true, false, false, true, false]);
  });
});
