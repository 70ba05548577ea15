import { describe, expect, it } from 'vitest';
import { emptyPlan, numbered, paragraph, resetIds } from '../../../../core/model/builders';
import { parsePlan, serializePlan } from '../../../../core/model/serialize';
import type { PlanDocument } from '../../../../core/model/plan-document';
import { SCHEMA_VERSION } from '../../../../core/model/schema-version';

function samplePlan(): PlanDocument {
  resetIds();
  const base = emptyPlan('ke-hoach');
  return {
    ...base,
    header: { ...base.header, agency: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG', number: '', symbol: 'KH-UBND', date: { day: 5, month: 1, year: 2026 } },
    body: [numbered({ level: 'section', text: 'MỤC ĐÍCH, YÊU CẦU', sectionKey: 'muc-dich-yeu-cau', children: [paragraph([{ text: 'Đậm', bold: true }, { text: ' thường' }])] })],
    signature: { onBehalfOf: 'ỦY BAN NHÂN DÂN', authority: 'KT.', headTitle: 'CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
    recipients: { items: [{ text: 'Lưu: VT, VX', depth: 0 }] },
  };
}

describe('.kehoach files', () => {
  it('reads back exactly what it wrote', () => {
    const plan = samplePlan();
    const read = parsePlan(serializePlan(plan));
    expect(read).toEqual({ ok: true, value: plan });
  });

  it('does not save the formatting facts of an imported file', () => {
    const plan = { ...samplePlan(), formatting: { page: null, headerFooters: [], paragraphs: [], legacyFonts: [], drawnLines: 0 } };
    expect(JSON.parse(serializePlan(plan))).not.toHaveProperty('formatting');
  });

  it('gives a Vietnamese message, not a crash, for malformed JSON, a newer schema and a wrong shape', () => {
    const newer = JSON.stringify({ ...samplePlan(), meta: { ...samplePlan().meta, schemaVersion: SCHEMA_VERSION + 1 } });
    const wrongShape = JSON.stringify({ ...samplePlan(), body: [{ kind: 'numbered', id: 'x' }] });
    const results = ['{"kind": ', '[1,2]', '{"kind":"ke-hoach"}', newer, wrongShape].map((text) => {
      const r = parsePlan(text);
      return r.ok ? 'ok' : r.error.code;
    });
    expect(results).toEqual(['plan/malformed', 'plan/malformed', 'plan/malformed', 'plan/newer-schema', 'plan/invalid']);
    const newerResult = parsePlan(newer);
    expect(newerResult.ok ? '' : newerResult.error.message).toMatch(/phiên bản mới hơn/);
  });
});
