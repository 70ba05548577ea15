import { describe, expect, test } from 'vitest';
import { appendixSpecs } from '../../../../../core/docx/writer/appendix';
import { specText, type FlowSpec } from '../../../../../core/docx/writer/spec';
import { appendix, numbered, table } from '../../../../../core/model/builders';
import type { PlanDocument } from '../../../../../core/model/plan-document';
import { fullPlan, tablePlan } from '../../../../helpers/docx-plans';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

function lines(specs: readonly FlowSpec[]): string[] {
  return specs.map((s) => (s.kind === 'rule' ? `rule ${s.width}/${s.within}` : s.kind === 'table' ? `table ${s.size}` : `${s.style}${s.runs.some((r) => r.italic) ? ' i' : ''}|${specText(s)}`));
}

describe('appendixSpecs', () => {
  test('two appendices: Roman labels, the title in capitals line by line, the derived Kèm theo line in italics, a short line', () => {
    const [first, second] = appendixSpecs(deepFreeze(tablePlan(3)));
    const attached = '(Kèm theo Kế hoạch số 859/KH-UBND ngày 05 tháng 01 năm 2020 của Ủy ban nhân dân tỉnh Bắc Giang)';
    expect({ first: lines(first?.heading ?? []), second: lines(second?.heading ?? []).slice(0, 3) }).toEqual({
      first: ['KhAppendixLabel|Phụ lục I', 'KhAppendixTitle|DANH MỤC CÁC HOẠT ĐỘNG', 'KhAppendixTitle|TRỌNG TÂM NĂM 2026', `KhAppendixAttached i|${attached}`, expect.stringMatching(/^rule \d+\/9355$/u)],
      second: ['KhAppendixLabel|Phụ lục II', 'KhAppendixTitle|PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH', `KhAppendixAttached i|${attached}`],
    });
  });

  test('each appendix sits on its own page geometry: portrait 9,355 tw wide, landscape 14,287 tw wide and 9,638 tw high', () => {
    const pages = appendixSpecs(tablePlan(3)).map((a) => `${a.page.orientation} ${a.page.width}×${a.page.height} text ${a.page.textWidth}×${a.page.textHeight}`);
    expect(pages).toEqual(['portrait 11906×16838 text 9355×14570', 'landscape 16838×11906 text 14287×9638']);
  });

  test('a label and Kèm theo line read from a file are kept; one appendix alone is "Phụ lục"; content is numbered on its own', () => {
    const base = fullPlan();
    const read: PlanDocument = { ...base, appendices: [appendix({ title: 'Biểu tổng hợp', label: 'Biểu 01', attachedLine: '(Kèm theo Kế hoạch số 12/KH-UBND)' })] };
    const alone: PlanDocument = {
      ...base,
      appendices: [appendix({ title: '', blocks: [numbered({ level: 'section', text: 'Danh mục' }), table([['A', 'B'], ['1', '2']])] })],
    };
    const [r] = appendixSpecs(read);
    const [a] = appendixSpecs(alone);
    expect({ read: lines(r?.heading ?? []).slice(0, 3), alone: lines(a?.heading ?? []).slice(0, 1), content: lines(a?.content ?? []) }).toEqual({
      read: ['KhAppendixLabel|Biểu 01', 'KhAppendixTitle|BIỂU TỔNG HỢP', 'KhAppendixAttached i|(Kèm theo Kế hoạch số 12/KH-UBND)'],
      alone: ['KhAppendixLabel|Phụ lục'],
      content: ['KhSection|I. DANH MỤC', 'table 24'],
    });
  });
});
