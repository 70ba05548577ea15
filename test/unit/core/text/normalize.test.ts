import { describe, expect, it } from 'vitest';
import { fromRoman, pointIndex, toRoman } from '../../../../core/text/letters';
import { headingKey, isAllCaps, normalizeText, upper } from '../../../../core/text/normalize';

describe('Vietnamese text helpers', () => {
  it('composes decomposed text to NFC and folds odd spaces', () => {
    const decomposed = 'Ho\u0302\u0300 Chi\u0301 Minh\u00a0\u200b';
    expect(normalizeText(decomposed)).toBe('Hồ Chí Minh ');
  });

  it('matches headings by meaning across case, hyphens, commas and "và"', () => {
    const keys = ['MỤC ĐÍCH - YÊU CẦU', 'Mục đích, yêu cầu', 'MỤC ĐÍCH VÀ YÊU CẦU', 'MỤC ĐÍCH – YÊU CẦU:'].map(headingKey);
    expect(new Set(keys).size).toBe(1);
    expect(headingKey('NỘI DUNG')).not.toBe(headingKey('NỘI DUNG THỰC HIỆN'));
  });

  it('upper-cases Vietnamese letters and recognises all-capital lines', () => {
    expect(upper('ủy ban nhân dân tỉnh đắk lắk')).toBe('ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK');
    expect([isAllCaps('CỘNG HÒA XÃ HỘI'), isAllCaps('Độc lập - Tự do'), isAllCaps('2021 - 2025')]).toEqual([true, false, false]);
  });

  it('converts Roman numerals both ways and rejects malformed ones', () => {
    expect([toRoman(4), toRoman(9), toRoman(14), fromRoman('XIV'), fromRoman('IIII'), fromRoman('IC')]).toEqual(['IV', 'IX', 'XIV', 14, null, null]);
    expect([pointIndex('đ'), pointIndex('w'), pointIndex('y')]).toEqual([5, null, 23]);
  });
});
