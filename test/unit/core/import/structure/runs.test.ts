import { describe, expect, test } from 'vitest';
import { cleanRuns } from '../../../../../core/import/structure/runs';
import { normalizeText } from '../../../../../core/text/normalize';

describe('cleanRuns normalizes what normalizeText would', () => {
  test('"Ð" (U+00D0) typed for "Đ" is read as "Đ", like the rest of a line that needs no other change', () => {
    expect(cleanRuns([{ text: 'ÐẠI HỘI Ðảng' }])).toEqual([{ text: 'ĐẠI HỘI Đảng' }]);
  });

  test('odd spaces, zero-width characters, tabs and combining marks in a run are cleaned', () => {
    const odd = ['\u00a0', '\u2003', '\u200b', '\u202f', '\u205f', '\u3000', '\ufeff', '\t', 'a\u0301'];
    for (const ch of odd) {
      const text = `x${ch}y`;
      expect(cleanRuns([{ text }]), JSON.stringify(text)).toEqual([{ text: normalizeText(text).replace(/ {2,}/g, ' ') }]);
    }
  });
});
