/**
 * Plans, findings and a fake HostApi for renderer unit tests (no network, no files).
 */
import { vi } from 'vitest';
import { bullet, emptyPlan, numbered, paragraph } from '../../core/model/builders';
import type { PlanDocument } from '../../core/model/plan-document';
import type { Finding } from '../../core/rules/types';
import type { HostApi, HostResult, TemplateSummary } from '../../electron/common/host-api';
import { DEFAULT_SETTINGS } from '../../electron/common/settings';

/** A small plan: letterhead, two sections with items, signer and recipients. */
export function samplePlan(): PlanDocument {
  const base = emptyPlan('ke-hoach');
  return {
    ...base,
    header: {
      ...base.header,
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      agency: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG',
      number: '',
      symbol: 'KH-UBND',
      place: 'Bắc Giang',
      date: { day: 5, month: 3, year: 2026 },
      docType: 'KẾ HOẠCH',
      summary: 'Triển khai thực hiện Chỉ thị số 25/CT-TTg',
      issuer: 'collective',
    },
    opening: [paragraph('Căn cứ Luật Tổ chức chính quyền địa phương;', { id: 'o1' })],
    body: [
      numbered({ id: 's1', level: 'section', text: 'MỤC ĐÍCH, YÊU CẦU', sectionKey: 'muc-dich-yeu-cau', children: [
        numbered({ id: 'i1', level: 'item', text: 'Mục đích', children: [paragraph('Nâng cao hiệu quả.', { id: 'p1' })] }),
        numbered({ id: 'i2', level: 'item', text: 'Yêu cầu', children: [{ ...bullet('Bám sát thực tiễn'), id: 'u1' }] }),
      ] }),
      numbered({ id: 's2', level: 'section', text: 'TỔ CHỨC THỰC HIỆN', sectionKey: 'to-chuc-thuc-hien', children: [
        paragraph('Hướng dẫn: giao nhiệm vụ cho từng cơ quan.', { id: 'g1', placeholder: true }),
      ] }),
    ],
    signature: { onBehalfOf: 'ỦY BAN NHÂN DÂN', authority: 'KT.', headTitle: 'CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
    recipients: { items: [{ text: 'Các sở, ban, ngành tỉnh', depth: 0 }, { text: 'Lưu: VT, KTN', depth: 0 }] },
    meta: { ...base.meta, templateId: 'ke-hoach-trien-khai', profileId: 'ke-hoach-trien-khai' },
  };
}

/** A finding at a place. */
export function finding(partial: Partial<Finding> & Pick<Finding, 'severity'>): Finding {
  return { rule: 'test.rule', message: 'Thông điệp', basis: 'NĐ 30/2020', location: { part: 'body' }, ...partial };
}

/** A template summary for the gallery. */
export function sampleTemplate(id = 'ke-hoach-trien-khai'): TemplateSummary {
  return {
    id,
    name: 'Kế hoạch triển khai',
    description: 'Triển khai văn bản cấp trên',
    kind: 'ke-hoach',
    profile: { id, name: 'Kế hoạch triển khai', kind: 'ke-hoach', sections: [] },
    guidance: {},
  };
}

function okResult<T>(value: T): Promise<HostResult<T>> {
  return Promise.resolve({ ok: true, value });
}

/** A HostApi whose verbs are vi.fn() spies with harmless defaults. */
export function fakeHost(overrides: Partial<HostApi> = {}): HostApi {
  const host: HostApi = {
    listTemplates: vi.fn(() => okResult([sampleTemplate()] as readonly TemplateSummary[])),
    newFromTemplate: vi.fn(() => okResult(samplePlan())),
    openDocument: vi.fn(() => okResult(null)),
    saveDocument: vi.fn(() => okResult({ path: '/tmp/ke-hoach.kehoach', name: 'ke-hoach.kehoach', version: { size: 10, mtimeMs: 1, sha256: '0'.repeat(64) } })),
    saveFile: vi.fn(() => okResult(null)),
    getSettings: vi.fn(() => okResult(DEFAULT_SETTINGS)),
    updateSettings: vi.fn(() => okResult(DEFAULT_SETTINGS)),
    listRecentFiles: vi.fn(() => okResult([])),
    autosave: vi.fn(() => okResult({ savedAt: '2026-01-01T00:00:00.000Z' })),
    listRecoveries: vi.fn(() => okResult([])),
    restoreRecovery: vi.fn(() => okResult({ document: samplePlan(), path: null, version: null })),
    discardRecovery: vi.fn(() => okResult(null)),
    keepAlive: vi.fn(() => okResult(null)),
    setTitle: vi.fn(() => okResult(null)),
    onDidRequestCommand: vi.fn(() => () => undefined),
  };
  return { ...host, ...overrides };
}
