import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../../../core/import/structure/import-text';
import { runsText, topSections } from '../../../../../core/model/walk';
import type { PlanDocument } from '../../../../../core/model/plan-document';
import { documentWords, sourceWords, wordDiff } from '../../../../helpers/import-text-words';

const FIXTURE = fileURLToPath(new URL('../../../../fixtures/txt/cong-van-va-ke-hoach.txt', import.meta.url));

function all(text: string): PlanDocument[] {
  const read = importText(text);
  if (!read.ok) {
    throw new Error(read.error.message);
  }
  return read.value;
}

function identity(doc: PlanDocument): Array<unknown> {
  return [
    doc.kind,
    doc.header.number,
    doc.header.symbol,
    doc.header.summary,
    doc.header.source?.number?.line,
    topSections(doc.body).map((s) => runsText(s.runs)),
    doc.signature?.name,
    doc.recipients?.items.map((i) => i.text),
  ];
}

describe('several documents in one text', () => {
  const text = readFileSync(FIXTURE, 'utf8');
  const docs = all(text);

  it('splits a công văn and the Kế hoạch it sends, each read on its own', () => {
    expect(docs.map(identity)).toEqual([
      ['cong-van', '1477', 'UBND-VP', 'triển khai Kế hoạch thực hiện Chiến lược văn hóa đối ngoại', 4, [], 'Trần Văn Bình', ['Như trên', 'Lưu: VT, VX']],
      [
        'ke-hoach', '859', 'KH-UBND', 'Thực hiện Chiến lược văn hóa đối ngoại trên địa bàn tỉnh Hà Nam năm 2022', 26,
        ['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG', 'KINH PHÍ THỰC HIỆN', 'TỔ CHỨC THỰC HIỆN'], 'Lê Thị Hoa', ['TT Tỉnh ủy (b/c)', 'Các sở, ban, ngành tỉnh', 'Lưu: VT, VX'],
      ],
    ]);
  });

  it('starts the second document at its agency lines, not at its "Số:" line', () => {
    expect([docs[1]?.header.agency, docs[1]?.header.source?.agency?.line]).toEqual(['ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM', 24]);
  });

  it('gives unique ids across the documents', () => {
    const ids = docs.flatMap((d) => [...d.opening, ...d.body].map((b) => b.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('loses no word of the fixture', () => {
    expect(wordDiff(sourceWords(text), docs.flatMap(documentWords))).toEqual({ missing: {}, extra: {} });
  });

  it('splits on a second type name even when the first document has no letterhead', () => {
    const two = all('KẾ HOẠCH\nMột\nI. NỘI DUNG\nViệc.\nNơi nhận:\n- Lưu: VT.\nBÁO CÁO\nHai\nI. KẾT QUẢ\nViệc.');
    expect(two.map((d) => [d.kind, d.header.summary])).toEqual([
      ['ke-hoach', 'Một'],
      ['bao-cao', 'Hai'],
    ]);
  });

  it('keeps one document when the type name is repeated in the body before any signer', () => {
    const one = all('KẾ HOẠCH\nMột\nI. NỘI DUNG\nViệc.\nII. TỔ CHỨC\nViệc khác.');
    expect(one.length).toBe(1);
  });
});

describe('text that other tools made from our own .docx export', () => {
  const read = (name: string): PlanDocument[] => all(readFileSync(fileURLToPath(new URL(`../../../../fixtures/txt/${name}`, import.meta.url)), 'utf8'));

  it('reads pandoc grid tables: letterhead cells, and Nơi nhận beside the signer', () => {
    const docs = read('pandoc-cong-van.txt');
    const d = docs[0] as PlanDocument;
    expect([docs.length, d.header.agency, d.header.nationalTitle, d.header.number, d.header.summary, d.signature?.name, d.recipients?.items.map((i) => i.text)]).toEqual([
      1, 'ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '1477', 'triển khai Kế hoạch thực hiện Chiến lược văn hóa đối ngoại',
      'Trần Văn Bình', ['Như trên', 'Lưu: VT, VX'],
    ]);
  });

  it('reads LibreOffice text: cells one per line, "……" placeholders ignored', () => {
    const docs = read('libreoffice-ke-hoach.txt');
    const d = docs[0] as PlanDocument;
    expect([docs.length, identity(d)]).toEqual([
      1,
      [
        'ke-hoach', '859', 'KH-UBND', 'Thực hiện Chiến lược văn hóa đối ngoại trên địa bàn tỉnh Hà Nam năm 2022', 7,
        ['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG', 'KINH PHÍ THỰC HIỆN', 'TỔ CHỨC THỰC HIỆN'], 'Lê Thị Hoa', ['TT Tỉnh ủy (b/c)', 'Các sở, ban, ngành tỉnh', 'Lưu: VT, VX'],
      ],
    ]);
  });

  it('loses no word of either', () => {
    const words = ['pandoc-cong-van.txt', 'libreoffice-ke-hoach.txt'].map((name) => {
      const text = readFileSync(fileURLToPath(new URL(`../../../../fixtures/txt/${name}`, import.meta.url)), 'utf8');
      return wordDiff(sourceWords(text), all(text).flatMap(documentWords));
    });
    expect(words).toEqual([
      { missing: {}, extra: {} },
      { missing: {}, extra: {} },
    ]);
  });
});
