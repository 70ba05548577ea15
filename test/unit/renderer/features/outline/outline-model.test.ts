import { describe, expect, it } from 'vitest';
import { PART_LABELS } from '../../../../../renderer/features/checks/strings';
import { activeEntryKey, buildOutline } from '../../../../../renderer/features/outline/outline-model';
import { finding, samplePlan } from '../../../../helpers/ui-plans';
import { appendix, paragraph, table } from '../../../../../core/model/builders';

describe('buildOutline', () => {
  it('lists the letterhead, sections with their items, and the foot, with computed labels', () => {
    const entries = buildOutline(samplePlan(), [], PART_LABELS);
    expect(entries.map((e) => [e.depth, e.label, e.text])).toEqual([
      [0, '', 'Phần đầu văn bản (thể thức)'],
      [0, 'I.', 'MỤC ĐÍCH, YÊU CẦU'],
      [1, '1.', 'Mục đích'],
      [1, '2.', 'Yêu cầu'],
      [0, 'II.', 'TỔ CHỨC THỰC HIỆN'],
      [0, '', 'Chữ ký, thẩm quyền ký'],
    ]);
  });

  it('puts a dot for each severity found inside a section, worst first, and counts them', () => {
    const findings = [
      finding({ severity: 'info', location: { part: 'body', blockId: 'u1' } }),
      finding({ severity: 'error', location: { part: 'body', blockId: 'p1' } }),
      finding({ severity: 'warning', location: { part: 'header', field: 'date' } }),
      finding({ severity: 'error', location: { part: 'recipients', index: 1 } }),
    ];
    const entries = buildOutline(samplePlan(), findings, PART_LABELS);
    expect(entries.map((e) => [e.key, e.severities, e.count])).toEqual([
      ['part:header', ['warning'], 1],
      ['s1', ['error', 'info'], 2],
      ['i1', ['error'], 1],
      ['i2', ['info'], 1],
      ['s2', [], 0],
      ['part:signature', ['error'], 1],
    ]);
  });
});

describe('activeEntryKey', () => {
  it('highlights the deepest outline entry that holds the caret block', () => {
    const entries = buildOutline(samplePlan(), [], PART_LABELS);
    expect([activeEntryKey(entries, 'u1'), activeEntryKey(entries, 'g1'), activeEntryKey(entries, 's1'), activeEntryKey(entries, null)]).toEqual(['i2', 's2', 's1', null]);
  });

  it('lists each appendix after the foot with its label and title, and the findings inside it', () => {
    const doc = {
      ...samplePlan(),
      appendices: [
        appendix({ id: 'a1', title: 'DANH MỤC VĂN BẢN', blocks: [paragraph('x', { id: 'ap1' })] }),
        appendix({ id: 'a2', title: 'PHÂN CÔNG\nNHIỆM VỤ', orientation: 'landscape', blocks: [table([['STT'], ['1']], { id: 'tt' })] }),
      ],
    };
    const findings = [finding({ severity: 'warning', location: { part: 'body', blockId: 'tt' } }), finding({ severity: 'error', location: { part: 'body', blockId: 'a1' } })];
    const entries = buildOutline(doc, findings, PART_LABELS).slice(-2);
    expect(entries.map((e) => [e.key, e.label, e.text, e.appendixId, e.severities, activeEntryKey(entries, 'ap1') === e.key])).toEqual([
      ['appendix:a1', 'Phụ lục I', 'DANH MỤC VĂN BẢN', 'a1', ['error'], true],
      ['appendix:a2', 'Phụ lục II', 'PHÂN CÔNG NHIỆM VỤ', 'a2', ['warning'], false],
    ]);
  });
});
