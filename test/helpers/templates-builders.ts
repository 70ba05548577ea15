/**
 * Test data for templates: the real catalogue of templates/ (loaded once per test file), a plan made from one of
 * them with the header a drafter fills, and a small valid template JSON to vary case by case.
 */
import type { PlanDocument } from '../../core/model/plan-document';
import { instantiateTemplate, type InstantiateOptions } from '../../core/templates/instantiate';
import type { Template } from '../../core/templates/template-schema';
import { findTemplate, loadTemplateCatalogue, type TemplateCatalogue } from '../../electron/services/templates/template-catalogue';

/** The header the tests fill: a UBND tỉnh Bắc Giang plan dated 15/3/2026, signed by its Chủ tịch. */
export const FILLED_HEADER = {
  agency: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG',
  place: 'Bắc Giang',
  date: { day: 15, month: 3, year: 2026 },
  signer: { name: 'Nguyễn Văn A', title: 'CHỦ TỊCH' },
  archiveCode: 'KGVX',
  summary: 'Triển khai công tác văn hóa đối ngoại năm 2026',
} as const satisfies InstantiateOptions;

/** The same header signed by a Phó Chủ tịch, with the agency code and a trích yếu that cites a Chỉ thị (long enough to wrap). */
export const DEPUTY_SIGNED_HEADER = {
  ...FILLED_HEADER,
  agencyCode: 'UBND',
  signer: { name: 'Nguyễn Văn A', title: 'PHÓ CHỦ TỊCH' },
  summary: 'Triển khai thực hiện Chỉ thị số 25/CT-TTg ngày 10/9/2021 của Thủ tướng Chính phủ trên địa bàn tỉnh',
} as const satisfies InstantiateOptions;

let catalogue: Promise<TemplateCatalogue> | undefined;

/** The templates of the repository's templates/ folder (read once per test file). */
export function templateCatalogue(): Promise<TemplateCatalogue> {
  catalogue ??= loadTemplateCatalogue();
  return catalogue;
}

/** Every template of templates/, sorted by id; throws when one does not load (a test of templates must not skip it). */
export async function allTemplates(): Promise<readonly Template[]> {
  const { templates, problems } = await templateCatalogue();
  if (problems.length > 0) {
    throw new Error(`templates that do not load: ${JSON.stringify(problems)}`);
  }
  return [...templates].sort((a, b) => a.id.localeCompare(b.id));
}

/** A plan made from the template `id` with FILLED_HEADER, each option overridable; throws when there is no such template. */
export async function templatePlan(id: string, options: InstantiateOptions = {}): Promise<PlanDocument> {
  const template = findTemplate(await templateCatalogue(), id);
  if (!template.ok) {
    throw new Error(`${id}: ${template.error.message}`);
  }
  return instantiateTemplate(template.value, { ...FILLED_HEADER, ...options });
}

/** A minimal valid template file's JSON (a plain object, safe to mutate in a test). */
export function templateJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'mau-thu',
    name: 'Mẫu thử',
    description: 'Mẫu dùng trong kiểm thử.',
    kind: 'ke-hoach',
    docType: 'KẾ HOẠCH',
    headerDefaults: { issuingBody: 'ubnd-tinh', symbol: 'KH-UBND', issuer: 'collective', summary: 'Triển khai {việc}' },
    opening: ['Thực hiện {văn bản}, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:'],
    sections: [
      {
        key: 'noi-dung',
        heading: 'Nội dung',
        variants: ['NHIỆM VỤ'],
        required: true,
        order: 2,
        guidance: 'Mỗi nhiệm vụ một mục.',
        checks: ['lead-agency'],
        starter: [
          {
            kind: 'item',
            text: '{Nhiệm vụ}',
            children: [
              { kind: 'bullet', text: 'Cơ quan chủ trì: {Sở}.', children: [{ kind: 'bullet', text: 'Chi tiết' }] },
              { kind: 'point', text: 'Ý nhỏ' },
            ],
          },
        ],
      },
      { key: 'muc-dich', heading: 'MỤC ĐÍCH, YÊU CẦU', required: true, order: 1, guidance: 'Nêu mục đích.' },
    ],
    closing: ['Trên đây là Kế hoạch'],
    signerOptions: [
      { label: 'Chủ tịch', onBehalfOf: 'ỦY BAN NHÂN DÂN', authority: null, headTitle: null, signerTitle: 'CHỦ TỊCH' },
      { label: 'Phó Chủ tịch', onBehalfOf: 'ỦY BAN NHÂN DÂN', authority: 'KT.', headTitle: 'CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH' },
      { label: 'Chủ tịch (văn bản của Chủ tịch)', onBehalfOf: null, authority: null, headTitle: null, signerTitle: 'CHỦ TỊCH' },
    ],
    recipients: ['Các sở, ban, ngành tỉnh'],
    ...overrides,
  };
}

/** Deeply freezes a value so that a test proves a function does not mutate its input. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value as Record<string, unknown>)) {
      deepFreeze(inner);
    }
    Object.freeze(value);
  }
  return value;
}
