import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../../core/rules/index';
import { instantiateTemplate, profileFromTemplate, type Template } from '../../../../core/templates/index';
import { allTemplates } from '../../../helpers/templates-builders';

const templates = await allTemplates();

describe('checking plans made from the real templates', () => {
  it('a fresh plan with the header and trích yếu filled has nothing but hints and the reminders to fill its {…} starter text, judged against its own template', () => {
    const all = templates;
    const profiles = all.map(profileFromTemplate);
    const options = { agency: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG', place: 'Bắc Giang', date: { day: 5, month: 3, year: 2026 }, signer: { name: 'Nguyễn Văn An', title: 'PHÓ CHỦ TỊCH' }, archiveCode: 'VX' };
    const serious = all.flatMap((t) => {
      const fresh = instantiateTemplate(t, options);
      const plan = { ...fresh, header: { ...fresh.header, summary: 'Triển khai công tác văn hóa đối ngoại năm 2026' } };
      const result = checkDocument(plan, { profiles });
      const reminders = result.findings.filter((f) => f.rule === 'body.placeholder');
      const parts = new Set(reminders.map((f) => f.location.path?.split('.')[0] ?? f.location.part));
      const onePerPart = reminders.length === parts.size && reminders.length > 0 ? [] : [`${t.id}: ${reminders.length} reminders in ${parts.size} parts`];
      const others = result.findings.filter((f) => f.severity !== 'info' && f.rule !== 'body.placeholder');
      return [...onePerPart, ...others.map((f) => `${t.id}: ${f.rule} ${f.message}`)];
    });
    expect({ atLeastFour: all.length >= 4, serious }).toEqual({ atLeastFour: true, serious: [] });
  });

  it('a fresh plan left untouched is told to fill in the issuing body, place, trích yếu and signer\'s name', () => {
    const all = templates;
    const plan = instantiateTemplate(all.find((t) => t.id === 'ke-hoach-trien-khai') as Template, {});
    const result = checkDocument(plan, { profiles: all.map(profileFromTemplate) });
    const rules = result.findings.filter((f) => f.severity !== 'info').map((f) => f.rule);
    expect(rules.filter((r) => r !== 'body.placeholder')).toEqual(['header.agency', 'header.place-date', 'header.summary', 'signature.name']);
    expect(rules.filter((r) => r === 'body.placeholder').length).toBeGreaterThan(0);
  });
});
