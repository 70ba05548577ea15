/**
 * Caps of the text importer and the shared line reader (issue 14), and the linearity of joining continuation
 * lines, proven by counting the characters cleaning reads (never by timing).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { importText } from '../../../../core/import/index';
import { cleanRuns, cleanStats, joinRuns } from '../../../../core/import/structure/runs';
import type { Run } from '../../../../core/model/plan-document';

const FIXTURES = join(__dirname, '../../../fixtures/txt');

const HEAD = 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n\nSố: 12/KH-UBND\n\nBắc Giang, ngày 10 tháng 9 năm 2021\n\nKẾ HOẠCH\n\nTriển khai thực hiện\n\nI. NỘI DUNG\n1. Việc\nĐoạn mở đầu của nhiệm vụ\n';
const SIGN = '\nNơi nhận:\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nMai Sơn\n';

function code(text: string, limits?: Parameters<typeof importText>[1]): string {
  const read = importText(text, limits);
  return read.ok ? 'ok' : `${read.error.code}: ${read.error.message}`;
}

describe('caps of the text importer', () => {
  test('a text past the character cap is refused before it is read', () => {
    const text = `${HEAD}${'Nội dung. '.repeat(50)}${SIGN}`;
    expect(code(text, { limits: { maxChars: text.length } })).toBe('ok');
    expect(code(text, { limits: { maxChars: text.length - 1 } })).toMatch(/^file\/too-large: Văn bản quá dài/u);
  });

  test('lines with text past the line cap are refused; blank lines do not count', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `- Việc số ${i};`).join('\n\n\n');
    const text = `${HEAD}${lines}${SIGN}`;
    const counted = 40 + HEAD.split('\n').filter((l) => l.trim() !== '').length + SIGN.split('\n').filter((l) => l.trim() !== '').length;
    expect(code(text, { limits: { maxLines: counted } })).toBe('ok');
    expect(code(text, { limits: { maxLines: counted - 1 } })).toMatch(/^file\/too-large: Nội dung có quá nhiều dòng/u);
  });

  test('documents past the document cap are refused', () => {
    const two = readFileSync(join(FIXTURES, 'cong-van-va-ke-hoach.txt'), 'utf8');
    const read = importText(two);
    expect(read.ok && read.value.length).toBe(2);
    expect(code(two, { limits: { maxDocuments: 1 } })).toMatch(/^file\/too-large: Nội dung gồm quá nhiều văn bản/u);
  });

  test('what is read can always be saved: a document beyond the plan caps (2,001 recipients) is refused at import', () => {
    const recipients = (n: number): string => `${HEAD}- Làm việc.\n\nNơi nhận:\n${Array.from({ length: n }, (_, i) => `- Sở số ${i};`).join('\n')}\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nMai Sơn\n`;
    expect(code(recipients(1990))).toBe('ok');
    expect(code(recipients(2001))).toMatch(/^file\/too-large: Văn bản có quá nhiều nơi nhận \(hơn 2\.000\)/u);
  });
});

describe('joining continuation lines is linear', () => {
  test('cleaning reads each added line once, not the paragraph joined so far', () => {
    const line = 'và các cơ quan, đơn vị liên quan cùng thực hiện';
    const text = `${HEAD}${`${line}\n`.repeat(400)}${SIGN}`;
    const before = cleanStats.chars;
    const read = importText(text);
    const readChars = cleanStats.chars - before;
    expect(read.ok).toBe(true);
    // The 400 lines join into one paragraph of ~19,000 characters; re-reading it at each join would read ~4 million.
    const joined = read.ok ? JSON.stringify(read.value[0]?.body).length : 0;
    expect(joined).toBeGreaterThan(400 * line.length);
    expect(readChars).toBeLessThan(4 * text.length);
  });

  test('joinRuns keeps the cleaned line as it is: the same result as cleaning the whole joined list', () => {
    // Letters, a combining acute (alone in a run it composes with the letter that ends the run before), odd spaces.
    const piece = fc.constantFrom(' ', 'a', 'đ', 'e', '\u0301', '\t', '\u00a0', '.', ',', '  ');
    const run = fc.record({ text: fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), bold: fc.boolean(), italic: fc.boolean() });
    fc.assert(
      fc.property(fc.array(run, { maxLength: 6 }), fc.array(run, { maxLength: 6 }), (a: Run[], b: Run[]) => {
        const left = cleanRuns(a);
        const right = cleanRuns(b);
        const space: Run = left.length > 0 && right.length > 0 && Boolean(left.at(-1)?.bold) === Boolean(right[0]?.bold) && Boolean(left.at(-1)?.italic) === Boolean(right[0]?.italic) ? { text: ' ', ...(left.at(-1)?.bold ? { bold: true } : {}), ...(left.at(-1)?.italic ? { italic: true } : {}) } : { text: ' ' };
        expect(joinRuns(left, right)).toEqual(cleanRuns([...left, space, ...right]));
      }),
      { numRuns: 500, seed: 14 },
    );
  });

  test('a text of one line repeated thousands of times reads (running-header detection keeps one list per line)', () => {
    const text = `${HEAD}${'- Cơ quan chủ trì: Sở Nội vụ.\n'.repeat(5000)}${SIGN}`;
    const read = importText(text);
    expect(read.ok && read.value[0]?.body.length).toBeGreaterThan(0);
  });
});
