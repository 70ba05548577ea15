import { describe, expect, it } from 'vitest';
import { bullet, emptyPlan, numbered, paragraph, resetIds, table } from '../../../../core/model/builders';
import { findInDocument, findPlaceholders, replaceInRuns, replaceMatches } from '../../../../core/model/find';
import type { PlanDocument } from '../../../../core/model/plan-document';
import { runsText } from '../../../../core/model/walk';

const ANY = { matchCase: false, wholeWord: false };

function plan(): PlanDocument {
  resetIds('t');
  const base = emptyPlan('ke-hoach');
  return {
    ...base,
    header: { ...base.header, agency: 'ỦY BAN NHÂN DÂN\nHUYỆN {TÊN HUYỆN}', summary: 'Triển khai Chỉ thị số 25 về chuyển đổi số', place: 'Yên Thế', addressees: ['Sở Nội vụ'] },
    opening: [paragraph('Căn cứ Chỉ thị số 25 của {cơ quan ban hành};', { id: 'op1' })],
    body: [
      numbered({ level: 'section', text: 'MỤC ĐÍCH, YÊU CẦU', id: 's1', children: [bullet([{ text: 'Đẩy mạnh ' }, { text: 'chuyển đổi', bold: true }, { text: ' số' }])] }),
      table([['Nội dung', 'Đơn vị'], ['Chuyển đổi số', '{đơn vị}']], { id: 'tb' }),
      paragraph('Ke hoach khong dau, Kế hoạch có dấu, KẾ HOẠCH in hoa.', { id: 'p2' }),
    ],
    closing: [paragraph('Trên đây là Kế hoạch triển khai {tên văn bản} của UBND huyện.', { id: 'cl' })],
    signature: { onBehalfOf: 'ỦY BAN NHÂN DÂN', authority: 'KT.', headTitle: 'CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH', name: '{Họ và tên}' },
    recipients: { items: [{ text: 'UBND tỉnh {tên tỉnh} (b/c)', depth: 0 }, { text: 'Lưu: VT', depth: 0 }] },
  };
}

describe('findInDocument', () => {
  it('searches every part in print order: letterhead, opening, body, table cells, closing, signer, Nơi nhận', () => {
    const parts = findInDocument(plan(), '{', ANY).map((m) => `${m.unit.part}:${m.unit.field ?? m.unit.blockId ?? ''}`);
    expect(parts).toEqual(['header:agency', 'opening:op1', 'body:tb', 'closing:cl', 'signature:name', 'recipients:recipients']);
  });

  it('is diacritic-exact on NFC text and folds case only when asked', () => {
    const doc = plan();
    expect(findInDocument(doc, 'Ke hoach', ANY).map((m) => m.text)).toEqual(['Ke hoach']);
    expect(findInDocument(doc, 'kế hoạch', ANY).map((m) => m.text)).toEqual(['Kế hoạch', 'KẾ HOẠCH', 'Kế hoạch']);
    expect(findInDocument(doc, 'kế hoạch', { matchCase: true, wholeWord: false })).toEqual([]);
    // A decomposed query (as some keyboards send it) finds the precomposed text.
    expect(findInDocument(doc, 'Kế hoạch'.normalize('NFD'), { matchCase: true, wholeWord: false })).toHaveLength(2);
  });

  it('whole word does not match inside a longer Vietnamese word', () => {
    const doc = { ...plan(), body: [paragraph('Sở Nội vụ; Nội vụ; nội vụ hóa; Nộiv')] };
    expect(findInDocument(doc, 'Nội vụ', { matchCase: true, wholeWord: true }).filter((m) => m.unit.part === 'body').map((m) => m.start)).toEqual([3, 11]);
    const anyWord = findInDocument(doc, 'nội', { matchCase: false, wholeWord: true }).filter((m) => m.unit.part === 'body');
    expect(anyWord.map((m) => m.text)).toEqual(['Nội', 'Nội', 'nội']);
  });

  it('finds the placeholders in order and skips guidance paragraphs', () => {
    const doc = { ...plan(), body: [...plan().body, paragraph('{hướng dẫn mẫu}', { placeholder: true })] };
    expect(findPlaceholders(doc).map((m) => m.text)).toEqual(['{TÊN HUYỆN}', '{cơ quan ban hành}', '{đơn vị}', '{tên văn bản}', '{Họ và tên}', '{tên tỉnh}']);
  });
});

describe('replaceMatches', () => {
  it('replaces every match across parts in one new document, leaving the old one untouched', () => {
    const doc = plan();
    const before = JSON.stringify(doc);
    const next = replaceMatches(doc, findInDocument(doc, 'chuyển đổi số', ANY), 'CĐS');
    expect(JSON.stringify(doc)).toBe(before);
    expect(findInDocument(next, 'chuyển đổi số', ANY)).toEqual([]);
    expect(next.header.summary).toBe('Triển khai Chỉ thị số 25 về CĐS');
    const cell = next.body[1];
    expect(cell?.kind === 'table' ? runsText(cell.rows[1]?.cells[0]?.paragraphs[0]?.runs ?? []) : '').toBe('CĐS');
    // The match spanning two runs takes the emphasis of the run it starts in (bold "chuyển đổi").
    const item = next.body[0]?.kind === 'numbered' ? next.body[0].children[0] : undefined;
    expect(item && item.kind !== 'table' ? item.runs : []).toEqual([{ text: 'Đẩy mạnh ' }, { text: 'CĐS', bold: true }]);
  });

  it('replaces only the given matches (replace one)', () => {
    const doc = plan();
    const [first] = findPlaceholders(doc);
    const next = replaceMatches(doc, first ? [first] : [], 'HUYỆN YÊN THẾ');
    expect(next.header.agency).toBe('ỦY BAN NHÂN DÂN\nHUYỆN HUYỆN YÊN THẾ');
    expect(findPlaceholders(next)).toHaveLength(5);
    expect(next.closing).toBe(doc.closing);
  });

  it('fills signer and Nơi nhận placeholders', () => {
    const doc = plan();
    const next = replaceMatches(doc, findInDocument(doc, '{Họ và tên}', ANY), 'Nguyễn Văn A');
    expect(next.signature?.name).toBe('Nguyễn Văn A');
    const tinh = replaceMatches(doc, findInDocument(doc, '{tên tỉnh}', ANY), 'Bắc Giang');
    expect(tinh.recipients?.items[0]?.text).toBe('UBND tỉnh Bắc Giang (b/c)');
  });
});

describe('replaceInRuns', () => {
  it('keeps the emphasis around the replaced text and drops emptied runs', () => {
    const runs = [{ text: 'ab' }, { text: 'cd', bold: true }, { text: 'ef', italic: true }];
    expect(replaceInRuns(runs, [{ start: 1, end: 5 }], 'X')).toEqual([{ text: 'aX' }, { text: 'f', italic: true }]);
    expect(replaceInRuns(runs, [{ start: 2, end: 4 }], '')).toEqual([{ text: 'ab' }, { text: 'ef', italic: true }]);
    expect(replaceInRuns(runs, [{ start: 0, end: 1 }, { start: 3, end: 4 }], 'Y')).toEqual([{ text: 'Yb' }, { text: 'cY', bold: true }, { text: 'ef', italic: true }]);
  });
});
