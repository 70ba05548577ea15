import { describe, expect, it } from 'vitest';
import { checkDocument, RULES } from '../../../../core/rules/index';
import type { Rule } from '../../../../core/rules/types';
import { asImported, doc, h1, p, withHeader } from '../../../helpers/doc-builders';
import { BAO_CAO_PROFILE, KE_HOACH_PROFILE, TEST_PROFILES } from '../../../helpers/rules-profiles';

const summary = (plan: Parameters<typeof checkDocument>[0], profileId?: string) => {
  const r = checkDocument(plan, profileId === undefined ? { profiles: TEST_PROFILES } : { profiles: TEST_PROFILES, profileId });
  return { findings: r.findings.map((f) => `${f.severity} ${f.rule}`), profile: r.profile?.id ?? null, how: r.profileChoice, notEvaluated: r.notEvaluated.map((n) => n.group) };
};

describe('checkDocument', () => {
  it('gives a golden plan zero findings, from the app and as imported text', () => {
    expect([summary(doc()), summary(asImported(doc()))]).toEqual([
      { findings: [], profile: 'ke-hoach-trien-khai', how: 'template', notEvaluated: ['format'] },
      { findings: [], profile: 'ke-hoach-trien-khai', how: 'matched', notEvaluated: ['format'] },
    ]);
  });

  it('registers one rule per catalogue id, none of them twice', () => {
    const ids = RULES.filter((r) => r.group !== 'format').map((r) => r.id);
    expect({ count: ids.length, unique: new Set(ids).size }).toEqual({ count: 37, unique: 37 });
  });

  it('uses the profile asked for over the document\'s own template', () => {
    expect(summary(doc(), 'bao-cao-ket-qua').how).toEqual('given');
  });

  it('matches the closest profile by section headings and says how many matched', () => {
    const r = checkDocument(asImported(doc()), { profiles: [BAO_CAO_PROFILE, KE_HOACH_PROFILE] });
    expect({ id: r.profile?.id, note: r.profileNote }).toEqual({ id: 'ke-hoach-trien-khai', note: 'Tự chọn mẫu "Kế hoạch triển khai": khớp 4/4 mục theo tên đề mục.' });
  });

  it('chooses no profile when no heading matches, and says content was not evaluated', () => {
    const plan = asImported(doc(h1('PHẦN MỞ ĐẦU', p('…'))));
    const r = checkDocument(plan, { profiles: TEST_PROFILES });
    expect({ how: r.profileChoice, groups: r.notEvaluated.map((n) => n.group) }).toEqual({ how: 'none', groups: ['format', 'content'] });
  });

  it('checks a công văn against the only công văn profile, with no Kế hoạch section demands', () => {
    const base = asImported(doc(p('Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành triển khai Kế hoạch số 859/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh.')));
    const letter = { ...withHeader(base, { symbol: 'UBND-VP', docType: null, summary: 'triển khai Kế hoạch văn hóa đối ngoại', addressees: ['Các sở, ban, ngành tỉnh'] }), kind: 'cong-van' as const, opening: [] };
    const items = [{ text: 'Như trên', depth: 0 as const }, { text: 'Lưu: VT, VX', depth: 0 as const }];
    const r = checkDocument({ ...letter, recipients: { items } }, { profiles: TEST_PROFILES });
    expect({ profile: r.profile?.id, findings: r.findings.map((f) => f.rule), skipped: r.notEvaluated.map((n) => n.group) }).toEqual({ profile: 'cong-van', findings: [], skipped: ['format'] });
  });

  it('explains that a text file carries no formatting', () => {
    const r = checkDocument(asImported(doc()), { profiles: TEST_PROFILES });
    expect(r.notEvaluated).toEqual([{ group: 'format', reason: 'Tệp văn bản thuần không có định dạng (phông, cỡ chữ, lề, số trang): chưa kiểm tra được.' }]);
  });

  it('turns a throwing rule into a rule-crashed finding and keeps checking', () => {
    const broken: Rule = { id: 'test.broken', group: 'body', severity: 'error', title: 'Hỏng', basis: 'thử', check: () => { throw new Error('boom'); } };
    const r = checkDocument(withHeader(doc(), { motto: null }), { profiles: TEST_PROFILES, rules: [broken, ...RULES] });
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['header.national-motto', 'error'],
      ['rule-crashed', 'warning'],
    ]);
  });

  it('sorts findings by position: header, then body blocks in order, then signature and recipients', () => {
    const imported = asImported(doc());
    const plan = { ...imported, body: imported.body.map((b, i) => (i === 3 && b.kind === 'numbered' ? { ...b, label: 'V.' } : b)), signature: null };
    const r = checkDocument(withHeader(plan, { summary: null }), { profiles: TEST_PROFILES });
    expect(r.findings.map((f) => `${f.location.part} ${f.rule}`)).toEqual(['header header.summary', 'body structure.numbering', 'signature signature.present']);
  });
});
