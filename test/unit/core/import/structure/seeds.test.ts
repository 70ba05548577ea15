import { describe, expect, it } from 'vitest';
import { importText } from '../../../../../core/import/structure/import-text';
import { blockText, runsText, topSections } from '../../../../../core/model/walk';
import type { Block, NumberedBlock, PlanDocument } from '../../../../../core/model/plan-document';
import { documentWords, sourceWords, wordDiff } from '../../../../helpers/import-text-words';
import { readSeed, seedIds } from '../../../../helpers/seeds';

function only(text: string): PlanDocument {
  const read = importText(text);
  if (!read.ok) {
    throw new Error(read.error.message);
  }
  expect(read.value).toHaveLength(1);
  return read.value[0] as PlanDocument;
}

function numberedChildren(block: NumberedBlock): NumberedBlock[] {
  return block.children.filter((b): b is NumberedBlock => b.kind === 'numbered');
}

/** Section label and heading, with the labels and titles of its numbered children. */
function outline(doc: PlanDocument): Array<[string, string, string[]]> {
  return topSections(doc.body).map((s) => [s.label ?? '', runsText(s.runs), numberedChildren(s).map((c) => c.label ?? '')]);
}

function headerFacts(doc: PlanDocument): Record<string, unknown> {
  const h = doc.header;
  return {
    kind: doc.kind,
    agency: h.agency,
    nationalTitle: h.nationalTitle,
    motto: h.motto,
    number: h.number,
    symbol: h.symbol,
    place: h.place,
    date: h.date,
    docType: h.docType,
    issuer: h.issuer,
    inferred: doc.meta.inferred,
  };
}

function recipientFacts(doc: PlanDocument): Record<string, unknown> {
  const items = doc.recipients?.items ?? [];
  return {
    count: items.length,
    first: items[0]?.text,
    last: items[items.length - 1]?.text,
    nested: items.filter((i) => i.depth === 1).map((i) => i.text),
  };
}

describe('seed 000 (Bắc Giang, Chỉ thị 25, signed by a Phó Chủ tịch for the Chủ tịch)', () => {
  const doc = only(readSeed('000'));

  it('reads the draft header: blank number, blank day, no letterhead', () => {
    expect(headerFacts(doc)).toEqual({
      kind: 'ke-hoach', agency: null, nationalTitle: null, motto: null, number: '', symbol: 'KH-UBND',
      place: 'Bắc Giang', date: { day: null, month: 9, year: 2021 }, docType: 'KẾ HOẠCH', issuer: 'head', inferred: ['issuer'],
    });
  });

  it('finds sections I–IV with their items, labels as written', () => {
    expect(outline(doc)).toEqual([
      ['I.', 'MỤC ĐÍCH - YÊU CẦU', ['1.', '2.']],
      ['II.', 'NỘI DUNG', ['1.', '2.', '3.', '4.', '5.', '6.']],
      ['III.', 'KINH PHÍ THỰC HIỆN', ['1.', '2.']],
      ['IV.', 'TỔ CHỨC THỰC HIỆN', ['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.', '10.']],
    ]);
  });

  it('tells title items from numbered sentences in IV', () => {
    const iv = topSections(doc.body)[3] as NumberedBlock;
    expect(numberedChildren(iv).map((c) => c.titled)).toEqual([true, true, false, false, false, false, false, false, false, false]);
  });

  it('joins the sentence broken across lines 45–47 into one paragraph', () => {
    const item = numberedChildren(topSections(doc.body)[1] as NumberedBlock)[1] as NumberedBlock;
    const first = item.children[0] as Block;
    expect([first.source?.line, blockText(first).includes('của Thủ tướng Chính phủ phê duyệt')]).toEqual([45, true]);
  });

  it('reads the opening, the closing and the ./. ending', () => {
    expect([doc.opening.length, doc.closing.length, doc.endsWithMark, runsText(doc.closing[0]?.runs ?? []).endsWith('thực hiện')]).toEqual([
      1, 1, true, true,
    ]);
  });

  it('reads the signer KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Mai Sơn from one bold block', () => {
    const s = doc.signature;
    expect([s?.onBehalfOf, s?.authority, s?.headTitle, s?.signerTitle, s?.name, s?.nameSource?.line]).toEqual([
      null, 'KT.', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Mai Sơn', 181,
    ]);
  });

  it('reads Nơi nhận with the nested Văn phòng entries from " - +" lines', () => {
    expect(recipientFacts(doc)).toEqual({
      count: 12,
      first: 'Các Bộ: Ngoại giao, VH TT & DL (b/c)',
      last: 'Lưu: VT, KGVX, NgV(D)',
      nested: ['LDVP, TKCT, các phòng, đơn vị', 'Lưu: VT, KGVX, NgV(D)'],
    });
  });

  it('keeps the italic "(qua Sở …)" of item IV.9 as an italic run', () => {
    const item = numberedChildren(topSections(doc.body)[3] as NumberedBlock)[8] as NumberedBlock;
    expect(item.runs.filter((r) => r.italic).map((r) => r.text)).toEqual(['qua Sở Văn hóa, Thể thao và Du lịch']);
  });
});

describe('seed 002 (Lai Châu, Chiến lược văn hóa đối ngoại, signed for the UBND)', () => {
  const doc = only(readSeed('002'));

  it('reads the draft header with blank day and month and the collective issuer', () => {
    expect(headerFacts(doc)).toEqual({
      kind: 'ke-hoach', agency: null, nationalTitle: null, motto: null, number: '', symbol: 'KH-UBND',
      place: 'Lai Châu', date: { day: null, month: null, year: 2021 }, docType: 'KẾ HOẠCH', issuer: 'collective', inferred: ['issuer'],
    });
  });

  it('reads a trích yếu that starts with "Thực hiện" as the summary, not the opening', () => {
    expect([doc.header.summary?.startsWith('Thực hiện Chiến lược'), doc.opening.length]).toEqual([true, 1]);
  });

  it('finds sections I–IV with their items', () => {
    expect(outline(doc)).toEqual([
      ['I.', 'MỤC ĐÍCH, YÊU CẦU', ['1.', '2.']],
      ['II.', 'NỘI DUNG, BIỆN PHÁP THỰC HIỆN', ['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.']],
      ['III.', 'KINH PHÍ THỰC HIỆN', ['1.', '2.']],
      ['IV.', 'TỔ CHỨC THỰC HIỆN', ['1.', '2.', '3.', '4.', '5.', '6.']],
    ]);
  });

  it('counts the "-" items under II.1 and joins "VTC), …" to the item it continues', () => {
    const item = numberedChildren(topSections(doc.body)[1] as NumberedBlock)[0] as NumberedBlock;
    expect(item.children.map((c) => c.kind)).toEqual(['bullet', 'bullet', 'bullet']);
  });

  it('reads the signer TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Tổng Thanh Hải', () => {
    const s = doc.signature;
    expect([s?.onBehalfOf, s?.authority, s?.headTitle, s?.signerTitle, s?.name]).toEqual([
      'ỦY BAN NHÂN DÂN', 'KT.', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Tổng Thanh Hải',
    ]);
  });

  it('reads ten recipients ending with the archive copy', () => {
    expect(recipientFacts(doc)).toEqual({
      count: 10,
      first: 'Các Bộ: Văn hóa Thể thao và Du lịch; Ngoại giao; Thông tin và Truyền thông (B/c)',
      last: 'Lưu: VT, VX3',
      nested: [],
    });
  });

  it('keeps the bold deadline inside the closing paragraph', () => {
    const bold = doc.closing.flatMap((p) => p.runs).filter((r) => r.bold).map((r) => r.text);
    expect([bold, doc.endsWithMark]).toEqual([['trước ngày 15/11 hàng năm'], true]);
  });
});

describe('seed 004 (Quảng Ngãi, no letterhead, no blank lines, no signer)', () => {
  const doc = only(readSeed('004'));

  it('reads a header that is only the type name and a trích yếu in capitals', () => {
    expect([headerFacts(doc), doc.header.summary]).toEqual([
      {
        kind: 'ke-hoach', agency: null, nationalTitle: null, motto: null, number: null, symbol: null,
        place: null, date: null, docType: 'KẾ HOẠCH', issuer: 'head', inferred: ['issuer'],
      },
      'TRIỂN KHAI CÔNG TÁC NGOẠI GIAO VĂN HÓA TRÊN ĐỊA BÀN TỈNH NĂM 2018',
    ]);
  });

  it('finds only sections I–III, with "2. Kinh phí" inside III', () => {
    expect(outline(doc)).toEqual([
      ['I.', 'MỤC ĐÍCH, YÊU CẦU', ['1.', '2.']],
      ['II.', 'NỘI DUNG THỰC HIỆN', ['1.', '2.', '3.', '4.', '5.']],
      ['III.', 'TỔ CHỨC THỰC HIỆN', ['1.', '2.', '3.']],
    ]);
    expect(runsText((numberedChildren(topSections(doc.body)[2] as NumberedBlock)[1] as NumberedBlock).runs)).toBe('Kinh phí:');
  });

  it('reads the điểm a) to e) of II.2, đ included', () => {
    const item = numberedChildren(topSections(doc.body)[1] as NumberedBlock)[1] as NumberedBlock;
    expect(numberedChildren(item).map((p) => [p.level, p.label])).toEqual([
      ['point', 'a)'], ['point', 'b)'], ['point', 'c)'], ['point', 'd)'], ['point', 'đ)'], ['point', 'e)'],
    ]);
  });

  it('has no signer, eight recipients, and the ./. ending on the last item', () => {
    expect([doc.signature, recipientFacts(doc), doc.endsWithMark]).toEqual([
      null,
      { count: 8, first: 'Bộ Ngoại giao (b/cáo)', last: 'Lưu: VT, NCbdv140', nested: [] },
      true,
    ]);
  });
});

describe('no text of a seed is lost or invented', () => {
  for (const id of seedIds()) {
    it(`seed ${id}: the words of the documents are the words of the source`, () => {
      const text = readSeed(id);
      const read = importText(text);
      const docWords = read.ok ? read.value.flatMap(documentWords) : [];
      expect(wordDiff(sourceWords(text), docWords)).toEqual({ missing: {}, extra: {} });
    });
  }
});

describe('the word check itself', () => {
  it('notices a dropped recipient list', () => {
    const text = readSeed('004');
    const doc = only(text);
    const diff = wordDiff(sourceWords(text), documentWords({ ...doc, recipients: null }));
    expect([diff.missing['lưu'], diff.missing['nhận'], diff.extra]).toEqual([1, 1, {}]);
  });
});
