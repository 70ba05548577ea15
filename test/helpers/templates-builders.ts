/**
 * Test data for templates: a small valid template JSON to vary case by case.
 */

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
