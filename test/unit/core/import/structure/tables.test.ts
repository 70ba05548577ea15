import { describe, expect, it } from 'vitest';
import { allTables, runsText, tableText } from '../../../../../core/model/walk';
import type { Block, PlanDocument } from '../../../../../core/model/plan-document';
import { documentWords, sourceWords, wordDiff } from '../../../../helpers/import-text-words';
import { readDocuments, txtFixture } from '../../../../helpers/txt-documents';

function outline(blocks: readonly Block[], depth = 0): string[] {
  return blocks.flatMap((b): string[] => {
    const pad = '  '.repeat(depth);
    if (b.kind === 'table') {
      return [`${pad}▦${b.headerRows} ${tableText(b).replace(/\n/g, ' / ')}`];
    }
    const head = b.kind === 'numbered' ? `${b.label} ` : b.kind === 'bullet' ? `${b.marker} ` : '¶ ';
    return [`${pad}${head}${runsText(b.runs)}`, ...(b.kind === 'paragraph' ? [] : outline(b.children, depth + 1))];
  });
}

describe('tables written as text', () => {
  const text = txtFixture('bang-tab-va-luoi.txt');
  const docs = readDocuments(text);
  const doc = docs[0] as PlanDocument;

  it('reads a pandoc grid table (cells wrapped over lines) and a tab table with a bold header, each under its section', () => {
    expect(outline(doc.body)).toEqual([
      'I. MỤC ĐÍCH',
      '  1. Tuyên truyền',
      '  2. Tổ chức',
      'II. NỘI DUNG',
      '  ▦1 STT\tNhiệm vụ\tChủ trì / 1\tTổ chức hội nghị triển khai\tSở Nội vụ / 2\tKiểm tra, đôn đốc\tVăn phòng UBND tỉnh',
      'III. KINH PHÍ',
      '  ▦1 Nguồn\tSố tiền / Ngân sách tỉnh\t100 triệu đồng / Xã hội hóa\t20 triệu đồng',
    ]);
  });

  it('leaves "1.⇥…" list lines and a signer block beside Nơi nhận as lines', () => {
    expect([docs.length, doc.signature?.name, doc.recipients?.items.map((i) => i.text)]).toEqual([1, 'Nguyễn Văn A', ['Như trên', 'Lưu: VT']]);
  });

  it('loses no word of a cell', () => {
    expect(wordDiff(sourceWords(text), docs.flatMap(documentWords))).toEqual({ missing: {}, extra: {} });
  });

  it('does not take a letterhead joined by "|" or by tabs for a table', () => {
    const [d] = readDocuments('ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nTỈNH BẮC GIANG | Độc lập - Tự do - Hạnh phúc |\nSố: 12/KH-UBND\tBắc Giang, ngày 05 tháng 9 năm 2021\nKẾ HOẠCH\nTrích yếu\nI. NỘI DUNG\nViệc.');
    expect([d ? allTables(d).length : -1, d?.header.agency, d?.header.motto, d?.header.place]).toEqual([0, 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG', 'Độc lập - Tự do - Hạnh phúc', 'Bắc Giang']);
  });

  it('needs two rows and, for two columns, a header row (not "label:⇥value" lines)', () => {
    const one = readDocuments('KẾ HOẠCH\nTrích yếu\nI. NỘI DUNG\nSTT\tNội dung\tThời gian\nViệc.');
    const plain = readDocuments('KẾ HOẠCH\nTrích yếu\nI. NỘI DUNG\nHà Nội\tHải Phòng\nĐà Nẵng\tCần Thơ');
    const headed = readDocuments('KẾ HOẠCH\nTrích yếu\nI. NỘI DUNG\nTT | Nội dung\n1 | Tuyên truyền\n2 | Kiểm tra');
    const labels = readDocuments('KẾ HOẠCH\nTrích yếu\nI. NỘI DUNG\nThời gian:\tTháng 6/2026\nĐịa điểm:\tHội trường UBND tỉnh');
    expect([one, plain, headed, labels].map((d) => (d[0] ? allTables(d[0]).map((t) => [t.rows.length, t.headerRows]) : null))).toEqual([[], [], [[3, 1]], []]);
  });

  it('reads a pipe table\'s rule as the end of its header rows', () => {
    const [d] = readDocuments('KẾ HOẠCH\nTrích yếu\nI. NỘI DUNG\n| Việc | Tháng |\n|---|---|\n| Họp | 1 |\n| Kiểm tra | 2 |');
    expect(d ? allTables(d).map((t) => [t.headerRows, tableText(t)]) : null).toEqual([[1, 'Việc\tTháng\nHọp\t1\nKiểm tra\t2']]);
  });
});
