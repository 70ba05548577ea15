import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../../../core/model/plan-document';
import { recipientsItemFormat } from '../../../../../core/rules/builtin/recipients-item-format';
import { asImported, doc } from '../../../../helpers/doc-builders';
import { briefs } from '../../../../helpers/rules-check';

function written(lines: readonly [string, 0 | 1][]): PlanDocument {
  const items = lines.map(([text, depth], i) => ({ text: text.replace(/^[-+\s]+|[;.:]$/gu, ''), depth, source: { line: 165 + i, text } }));
  return { ...asImported(doc()), recipients: { items } };
}

describe('recipients.item-format', () => {
  it('stays silent on "-" entries ending with ";" and "." and on a group line with "+" sub-entries', () => {
    const nested = written([['- Các sở, ban, ngành;', 0], ['- Văn phòng UBND tỉnh:', 0], [' - + LDVP, TKCT;', 1], [' - + Lưu: VT, KGVX.', 1]]);
    expect([...briefs(recipientsItemFormat, asImported(doc())), ...briefs(recipientsItemFormat, nested), ...briefs(recipientsItemFormat, doc())]).toEqual([]);
  });

  it('names the entries that end with the wrong mark', () => {
    const plan = written([['- Các sở, ban, ngành,', 0], ['- UBND các huyện;', 0], ['- Lưu: VT, KGVX;', 0]]);
    expect(briefs(recipientsItemFormat, plan)).toEqual([
      { severity: 'warning', location: { part: 'recipients', line: 165, index: 0 }, message: expect.stringContaining('Dòng nơi nhận thứ 1, 3 kết thúc sai dấu'), fixed: true },
    ]);
  });

  it('names the entries without a leading "-"', () => {
    const plan = written([['Các sở, ban, ngành;', 0], ['- Lưu: VT, KGVX.', 0]]);
    expect(briefs(recipientsItemFormat, plan).map((b) => b.message.slice(0, 21))).toEqual(['Dòng nơi nhận thứ 1 k']);
  });
});

describe('recipients.item-format on Word files', () => {
  it('does not ask for "-" when a .docx list carries its dashes as list bullets', () => {
    const plan = written([['Các sở, ban, ngành;', 0], ['Lưu: VT, KGVX.', 0]]);
    expect(briefs(recipientsItemFormat, { ...plan, meta: { ...plan.meta, origin: 'docx' } })).toEqual([]);
  });
});
