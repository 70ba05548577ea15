import { describe, expect, it } from 'vitest';
import { recipientsFirstAsAbove } from '../../../../../core/rules/builtin/recipients-first-as-above';
import { doc, withHeader } from '../../../../helpers/doc-builders';
import { briefs, run } from '../../../../helpers/rules-check';

const letter = (first: string) => ({
  ...withHeader(doc(), { docType: null, addressees: ['Các sở, ban, ngành tỉnh'] }),
  kind: 'cong-van' as const,
  recipients: { items: [{ text: first, depth: 0 as const }, { text: 'Lưu: VT, VX', depth: 0 as const }] },
});

describe('recipients.first-as-above', () => {
  it('stays silent on a Kế hoạch and on a công văn starting with "Như trên"', () => {
    expect([...briefs(recipientsFirstAsAbove, doc()), ...briefs(recipientsFirstAsAbove, letter('Như trên'))]).toEqual([]);
  });

  it('warns on a công văn whose list does not start with "Như trên" and offers to add it', () => {
    const [f] = run(recipientsFirstAsAbove, letter('Chủ tịch, các PCT UBND tỉnh'));
    expect({ severity: f?.severity, first: f?.fix?.edit.kind === 'set-recipients' ? f.fix.edit.items[0] : null }).toEqual({ severity: 'warning', first: { text: 'Như trên', depth: 0 } });
  });

  it('warns on "Như trên" in a Kế hoạch, which has no Kính gửi, and offers to drop it; a báo cáo is not judged so', () => {
    const items = [{ text: 'Như trên', depth: 0 as const }, { text: 'Các sở, ban, ngành tỉnh', depth: 0 as const }, { text: 'Lưu: VT, VX', depth: 0 as const }];
    const plan = { ...doc(), recipients: { items } };
    const [f] = run(recipientsFirstAsAbove, plan);
    expect({
      severity: f?.severity,
      index: f?.location.index,
      kept: f?.fix?.edit.kind === 'set-recipients' ? f.fix.edit.items.map((r) => r.text) : null,
      report: briefs(recipientsFirstAsAbove, { ...plan, kind: 'bao-cao' as const }),
    }).toEqual({ severity: 'warning', index: 0, kept: ['Các sở, ban, ngành tỉnh', 'Lưu: VT, VX'], report: [] });
  });

  it('does not hold a báo cáo or tờ trình with "Kính gửi" to a first "Như trên" (only the công văn sample demands it)', () => {
    const report = { ...letter('Ban Giám đốc Sở'), kind: 'bao-cao' as const };
    expect([...briefs(recipientsFirstAsAbove, report), ...briefs(recipientsFirstAsAbove, { ...report, kind: 'to-trinh' as const })]).toEqual([]);
  });
});
