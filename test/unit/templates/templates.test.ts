import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../../core/docx/index';
import { planDocumentSchema } from '../../../core/model/schema';
import { parsePlan, serializePlan } from '../../../core/model/serialize';
import type { PlanDocument } from '../../../core/model/plan-document';
import { checkDocument } from '../../../core/rules/index';
import { instantiateTemplate } from '../../../core/templates/instantiate';
import { DEPUTY_SIGNED_HEADER, templateCatalogue } from '../../helpers/templates-builders';

const catalogue = await templateCatalogue();
const OPTIONS = DEPUTY_SIGNED_HEADER;

describe('the templates folder', () => {
  it('loads the four templates with no problem', () => {
    expect({ ids: catalogue.templates.map((t) => t.id).sort(), problems: catalogue.problems }).toEqual({
      ids: ['cong-van', 'ke-hoach-chien-luoc', 'ke-hoach-nam', 'ke-hoach-trien-khai'],
      problems: [],
    });
  });

  it('makes Mục đích–Yêu cầu, Nội dung and Tổ chức thực hiện required and Kinh phí recommended in every plan', () => {
    const plans = catalogue.templates.filter((t) => t.kind === 'ke-hoach');
    const summary = plans.map((t) => ({
      id: t.id,
      required: t.sections.filter((s) => s.required).map((s) => s.key).filter((k) => k !== 'muc-tieu'),
      recommended: t.sections.filter((s) => !s.required).map((s) => s.key),
    }));
    expect(summary).toEqual([
      { id: 'ke-hoach-trien-khai', required: ['muc-dich-yeu-cau', 'noi-dung', 'to-chuc-thuc-hien'], recommended: ['kinh-phi'] },
      { id: 'ke-hoach-chien-luoc', required: ['muc-dich-yeu-cau', 'nhiem-vu-giai-phap', 'to-chuc-thuc-hien'], recommended: ['kinh-phi'] },
      { id: 'ke-hoach-nam', required: ['muc-dich-yeu-cau', 'noi-dung', 'to-chuc-thuc-hien'], recommended: ['kinh-phi'] },
    ]);
  });

  it('accepts the heading variants real plans use for Nội dung', () => {
    const noiDung = catalogue.templates.find((t) => t.id === 'ke-hoach-trien-khai')?.sections.find((s) => s.key === 'noi-dung');
    const wanted = ['NỘI DUNG THỰC HIỆN', 'NHIỆM VỤ', 'NHIỆM VỤ, GIẢI PHÁP', 'NỘI DUNG, BIỆN PHÁP THỰC HIỆN'];
    expect(wanted.filter((v) => !noiDung?.variants.includes(v))).toEqual([]);
  });

  it('puts the content checks on Nội dung, Kinh phí and Tổ chức thực hiện', () => {
    const checks = catalogue.templates
      .filter((t) => t.kind === 'ke-hoach')
      .map((t) => t.sections.filter((s) => s.checks.length > 0).map((s) => `${s.key}:${s.checks.join('+')}`));
    expect(checks).toEqual([
      ['noi-dung:lead-agency', 'kinh-phi:funding-source', 'to-chuc-thuc-hien:report-deadline'],
      ['nhiem-vu-giai-phap:lead-agency', 'kinh-phi:funding-source', 'to-chuc-thuc-hien:report-deadline'],
      ['noi-dung:lead-agency', 'kinh-phi:funding-source', 'to-chuc-thuc-hien:report-deadline'],
    ]);
  });

  it('starts the công văn recipients with "Như trên" and gives it addressees and no type name', () => {
    const congVan = catalogue.templates.find((t) => t.id === 'cong-van');
    expect([congVan?.recipients[0], congVan?.addressees.length, congVan?.docType]).toEqual(['Như trên', 2, null]);
  });
});

describe.each(catalogue.templates.map((t) => [t.id, t] as const))('template %s', (_id, template) => {
  const doc: PlanDocument = instantiateTemplate(template, OPTIONS);

  it('instantiates into a plan the saved-file schema accepts and that survives save and reopen', () => {
    const reopened = parsePlan(serializePlan(doc));
    expect({ schema: planDocumentSchema().safeParse(doc).success, same: reopened.ok && reopened.value }).toEqual({ schema: true, same: doc });
  });

  it('ends its opening with "như sau:" when it has one, and its recipients with the archive line', () => {
    const opening = doc.opening.map((p) => p.runs.map((r) => r.text).join(''));
    const last = opening.at(-1);
    expect([last === undefined || /như sau:$/.test(last), doc.recipients?.items.at(-1)?.text]).toEqual([true, 'Lưu: VT, KGVX']);
  });

  it('passes its own rules with no error once the header is filled (the body keeps its placeholders)', () => {
    const result = checkDocument(doc, { profiles: catalogue.profiles });
    const errors = result.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}: ${f.message}`);
    expect({ profile: result.profile?.id, errors }).toEqual({ profile: template.id, errors: [] });
  });

  it('unfilled, has errors only in the header fields the drafter must fill', () => {
    const result = checkDocument(instantiateTemplate(template), { profiles: catalogue.profiles });
    const rules = [...new Set(result.findings.filter((f) => f.severity === 'error').map((f) => f.rule))].sort();
    expect(rules).toEqual(['header.agency', 'header.place-date', 'header.summary']);
  });

  it('exports to a .docx with every section heading and none of the drafter guidance', async () => {
    const bytes = await writeDocx(doc, { now: new Date('2026-03-15T00:00:00Z') });
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const entities: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
    const text = xml
      .replace(/<[^>]+>/g, '')
      .replace(/&(quot|apos|lt|gt|amp);/g, (e) => entities[e] ?? e)
      .normalize('NFC');
    const guidance = template.sections.map((s) => s.guidance.slice(0, 40)).filter((g) => text.includes(g));
    const headings = template.sections.map((s) => s.heading.toLocaleUpperCase('vi-VN')).filter((h) => !text.includes(h));
    expect({ guidanceLeaked: guidance, headingsMissing: headings, signer: text.includes('Nguyễn Văn A') }).toEqual({
      guidanceLeaked: [],
      headingsMissing: [],
      signer: true,
    });
  });
});
