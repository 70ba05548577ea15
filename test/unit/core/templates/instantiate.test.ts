import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../../core/model/schema-version';
import type { Block } from '../../../../core/model/plan-document';
import { blockText, childBlocks } from '../../../../core/model/walk';
import { instantiateTemplate, parseTemplate } from '../../../../core/templates/index';
import type { Template } from '../../../../core/templates/template-schema';
import { deepFreeze, templateJson } from '../../../helpers/templates-builders';

function template(overrides: Record<string, unknown> = {}): Template {
  const parsed = parseTemplate(templateJson(overrides));
  if (!parsed.ok) {
    throw new Error(parsed.error.message);
  }
  return parsed.value;
}

/** The tree as "<kind>:<label or marker>:<text>" lines, for one structural comparison. */
function outline(blocks: readonly Block[], depth = 0): string[] {
  return blocks.flatMap((b) => {
    const text = blockText(b);
    const tag = b.kind === 'numbered' ? `${b.level}${b.titled ? '*' : ''}` : b.kind === 'bullet' ? b.marker : b.kind === 'table' ? 'table' : b.placeholder ? 'guide' : 'p';
    const line = `${'  '.repeat(depth)}${tag} ${text}`;
    return [line, ...outline(childBlocks(b), depth + 1)];
  });
}

describe('parseTemplate', () => {
  it('accepts a valid template and fills the defaults', () => {
    const parsed = parseTemplate(templateJson());
    expect(parsed.ok && { body: parsed.value.body, addressees: parsed.value.addressees }).toEqual({ body: [], addressees: [] });
  });

  it('names the bad field in Vietnamese when a section heading is missing', () => {
    const json = templateJson();
    (json['sections'] as Record<string, unknown>[])[1] = { key: 'muc-dich', required: true, order: 1, guidance: 'x' };
    const parsed = parseTemplate(json);
    expect(parsed.ok ? null : { code: parsed.error.code, message: parsed.error.message }).toEqual({
      code: 'template/invalid',
      message: 'Mẫu không hợp lệ: trường "sections.1.heading" sai hoặc thiếu.',
    });
  });

  it('rejects input that is not an object', () => {
    const parsed = parseTemplate('không phải mẫu');
    expect(parsed.ok ? null : parsed.error.message).toBe('Mẫu không hợp lệ: trường "(gốc)" sai hoặc thiếu.');
  });

  it('rejects two sections with the same key', () => {
    const json = templateJson();
    (json['sections'] as Record<string, unknown>[])[1]!['key'] = 'noi-dung';
    const parsed = parseTemplate(json);
    expect(parsed.ok ? null : parsed.error.message).toBe('Mẫu không hợp lệ: khóa mục "noi-dung" bị lặp.');
  });

  it('rejects a wording accepted by two sections', () => {
    const json = templateJson();
    (json['sections'] as Record<string, unknown>[])[1]!['variants'] = ['Nhiệm vụ'];
    const parsed = parseTemplate(json);
    expect(parsed.ok ? null : parsed.error.message).toBe('Mẫu không hợp lệ: cách viết "nhiệm vụ" thuộc cả mục "noi-dung" và mục "muc-dich".');
  });

  it('rejects a plan whose ký hiệu does not start with KH-', () => {
    const json = templateJson({ headerDefaults: { issuingBody: 'ubnd-tinh', symbol: 'QĐ-UBND', issuer: 'collective', summary: '' } });
    const parsed = parseTemplate(json);
    expect(parsed.ok ? null : parsed.error.message).toBe('Mẫu không hợp lệ: ký hiệu của kế hoạch phải bắt đầu bằng "KH-" (đang là "QĐ-UBND").');
  });

  it('rejects a công văn with the invented "CV" code', () => {
    const json = templateJson({
      kind: 'cong-van',
      docType: null,
      headerDefaults: { issuingBody: 'ubnd-tinh', symbol: 'CV-UBND', issuer: 'collective', summary: '' },
    });
    const parsed = parseTemplate(json);
    expect(parsed.ok ? null : parsed.error.code).toBe('template/invalid');
  });

  it('rejects a signer option with an authority but no head title', () => {
    const json = templateJson();
    (json['signerOptions'] as Record<string, unknown>[])[0]!['authority'] = 'KT.';
    const parsed = parseTemplate(json);
    expect(parsed.ok ? null : parsed.error.message).toContain('phương án ký thứ 1');
  });
});

describe('instantiateTemplate', () => {
  it('fills the header from the options, with a blank number and KH- plus the agency code', () => {
    const doc = instantiateTemplate(template(), {
      agency: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG',
      agencyCode: 'UBND',
      place: 'Bắc Giang',
      date: { day: 5, month: 3, year: 2026 },
    });
    expect(doc.header).toEqual({
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      parentAgency: null,
      agency: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG',
      number: '',
      symbol: 'KH-UBND',
      place: 'Bắc Giang',
      date: { day: 5, month: 3, year: 2026 },
      docType: 'KẾ HOẠCH',
      summary: 'Triển khai {việc}',
      addressees: [],
      issuer: 'collective',
    });
  });

  it('takes the trích yếu from the options, without a typed "V/v"', () => {
    const doc = instantiateTemplate(template(), { summary: 'V/v  triển khai Kế hoạch số 12/KH-UBND' });
    expect(doc.header.summary).toBe('triển khai Kế hoạch số 12/KH-UBND');
  });

  it('leaves place and date blank and uses the default agency lines when none are given', () => {
    const doc = instantiateTemplate(template());
    expect([doc.header.agency, doc.header.place, doc.header.date]).toEqual([
      'ỦY BAN NHÂN DÂN\nTỈNH …',
      '',
      { day: null, month: null, year: null },
    ]);
  });

  it('builds sections in template order, in capitals, with guidance first and the starter content under it', () => {
    const doc = instantiateTemplate(template());
    expect(outline(doc.body)).toEqual([
      'section* MỤC ĐÍCH, YÊU CẦU',
      '  guide Nêu mục đích.',
      'section* NỘI DUNG',
      '  guide Mỗi nhiệm vụ một mục.',
      '  item* {Nhiệm vụ}',
      '    - Cơ quan chủ trì: {Sở}.',
      '      + Chi tiết',
      '    point Ý nhỏ',
    ]);
  });

  it('marks sections with their key and leaves every label to be computed', () => {
    const doc = instantiateTemplate(template());
    const sections = doc.body.map((b) => (b.kind === 'numbered' ? [b.sectionKey, b.label] : null));
    expect(sections).toEqual([
      ['muc-dich', null],
      ['noi-dung', null],
    ]);
  });

  it('gives deterministic ids with the requested prefix', () => {
    const a = instantiateTemplate(template(), { idPrefix: 'x' });
    const b = instantiateTemplate(template(), { idPrefix: 'x' });
    expect([a.opening[0]?.id, a.body[0]?.id, JSON.stringify(a) === JSON.stringify(b)]).toEqual(['x1', 'x2', true]);
  });

  it('signs with the first option when no signer is given, with a blank name', () => {
    const doc = instantiateTemplate(template());
    expect(doc.signature).toEqual({ onBehalfOf: 'ỦY BAN NHÂN DÂN', authority: null, headTitle: null, signerTitle: 'CHỦ TỊCH', name: '' });
  });

  it('chooses the KT. option when the signer is a Phó Chủ tịch', () => {
    const doc = instantiateTemplate(template(), { signer: { name: 'Trần Văn B', title: 'Phó Chủ tịch' } });
    expect(doc.signature).toEqual({
      onBehalfOf: 'ỦY BAN NHÂN DÂN',
      authority: 'KT.',
      headTitle: 'CHỦ TỊCH',
      signerTitle: 'PHÓ CHỦ TỊCH',
      name: 'Trần Văn B',
    });
  });

  it('drops "TM." when the Chủ tịch issues the document personally', () => {
    const doc = instantiateTemplate(template(), { issuer: 'head', signer: { name: 'Nguyễn Văn A', title: 'CHỦ TỊCH' } });
    expect([doc.header.issuer, doc.signature?.onBehalfOf, doc.signature?.signerTitle]).toEqual(['head', null, 'CHỦ TỊCH']);
  });

  it('merges recipients without repeats or markers and ends with the archive line', () => {
    const doc = instantiateTemplate(template(), {
      recipients: ['- Các Sở, ban, ngành tỉnh;', 'Sở Ngoại vụ.', '- Lưu: VT.'],
      archiveCode: 'KGVX',
    });
    expect(doc.recipients?.items.map((r) => r.text)).toEqual(['Các sở, ban, ngành tỉnh', 'Sở Ngoại vụ', 'Lưu: VT, KGVX']);
  });

  it('shows a visible blank on the archive line when no unit code is known', () => {
    const doc = instantiateTemplate(template());
    expect(doc.recipients?.items.at(-1)?.text).toBe('Lưu: VT, …');
  });

  it('keeps the unit of a công văn ký hiệu and replaces the issuer code', () => {
    const json = templateJson({
      kind: 'cong-van',
      docType: null,
      headerDefaults: { issuingBody: 'ubnd-tinh', symbol: 'UBND-VP', issuer: 'collective', summary: 'ban hành Kế hoạch' },
    });
    const parsed = parseTemplate(json);
    const doc = parsed.ok ? instantiateTemplate(parsed.value, { agencyCode: 'UBND-TH' }) : null;
    expect([doc?.kind, doc?.header.symbol, doc?.header.docType]).toEqual(['cong-van', 'UBND-TH-VP', null]);
  });

  it('records the template and profile in meta and never mutates the template', () => {
    const frozen = deepFreeze(template());
    const doc = instantiateTemplate(frozen);
    expect(doc.meta).toEqual({ schemaVersion: SCHEMA_VERSION, templateId: 'mau-thu', profileId: 'mau-thu', inferred: [], origin: 'app' });
  });

  it('gives a Sở its supervising body line by default', () => {
    const doc = instantiateTemplate(
      template({ headerDefaults: { issuingBody: 'so', symbol: 'KH-SNV', issuer: 'collective', summary: '' } }),
    );
    expect([doc.header.parentAgency, doc.header.agency]).toEqual(['ỦY BAN NHÂN DÂN TỈNH …', 'SỞ …']);
  });
});
