import { describe, expect, it } from 'vitest';
import { signatureLines } from '../../../../../core/model/signature';
import { runsText, topSections } from '../../../../../core/model/walk';
import type { PlanDocument } from '../../../../../core/model/plan-document';
import { readDocuments, txtFixture } from '../../../../helpers/txt-documents';

function letterhead(doc: PlanDocument | undefined): unknown[] {
  const h = doc?.header;
  return [h?.agency, h?.nationalTitle, h?.motto, h?.number, h?.symbol, h?.place, h?.date];
}

function paragraphs(doc: PlanDocument | undefined): string[] {
  return topSections(doc?.body ?? []).flatMap((s) => s.children.map((c) => (c.kind === 'table' ? '' : runsText(c.runs))));
}

describe('text copied from a web page', () => {
  it('reads "a | b |" rows as two letterhead cells, a last cell wrapped on the next line included', () => {
    const docs = readDocuments(txtFixture('ban-web-co-phan-trang.txt'));
    expect([docs.length, docs[0]?.kind, ...letterhead(docs[0])]).toEqual([
      1, 'ke-hoach', 'ỦY BAN NHÂN DÂN\nTỈNH SƠN LA', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '54', 'KH-UBND', 'Sơn La',
      { day: 27, month: 3, year: 2020 },
    ]);
  });

  it('drops page numbers and running headers printed in the middle, and joins the sentences they cut', () => {
    const [doc] = readDocuments(txtFixture('ban-web-co-phan-trang.txt'));
    expect(paragraphs(doc)).toEqual([
      'Cải thiện tình trạng dinh dưỡng của phụ nữ có thai và trẻ em dưới 2 tuổi, góp phần nâng cao tầm vóc và thể lực của người dân trên địa bàn tỉnh.',
      'Sở Y tế chủ trì, phối hợp với các sở, ngành triển khai Kế hoạch; định kỳ báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trên địa bàn tỉnh',
    ]);
  });

  it('reads a signer block printed beside Nơi nhận with one space between the columns', () => {
    const [doc] = readDocuments(txtFixture('ban-web-co-phan-trang.txt'));
    const sig = doc?.signature;
    expect([sig ? signatureLines(sig) : null, sig?.name, doc?.recipients?.items.map((i) => i.text)]).toEqual([
      ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Nguyễn Văn Bình', ['Bộ Y tế', 'Lưu: VT'],
    ]);
  });

  it('reads literal "\\r\\n" sequences as the wraps they were, and an excerpt with no type name as its kind', () => {
    const docs = readDocuments(txtFixture('web-crlf-trich-doan.txt'));
    const doc = docs[0];
    expect([docs.length, doc?.kind, doc?.meta.inferred, doc?.header.issuer, ...letterhead(doc)]).toEqual([
      1, 'ke-hoach', ['issuer', 'kind'], 'collective', 'ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', null, '54', 'KH-UBND', 'Lạng Sơn',
      { day: 27, month: 3, year: 2020 },
    ]);
    expect([doc?.opening.map((p) => runsText(p.runs)), doc?.body.map((b) => (b.kind === 'numbered' ? b.label : b.kind))]).toEqual([
      ['Thực hiện Quyết định số 1896/QĐ-TTg ngày 25/12/2019 của Thủ tướng Chính phủ, UBND tỉnh xây dựng Kế hoạch hành động như sau:'],
      ['1.', '2.'],
    ]);
  });

  it('reads a text pasted as one escaped string, its "\\r\\n" the only line breaks', () => {
    const docs = readDocuments('KẾ HOẠCH\\r\\nTrích yếu\\r\\nI. MỤC ĐÍCH\\r\\nViệc một.\\r\\nII. NỘI DUNG\\r\\nViệc hai.');
    expect(topSections(docs[0]?.body ?? []).map((s) => runsText(s.runs))).toEqual(['MỤC ĐÍCH', 'NỘI DUNG']);
  });
});

describe('page numbers', () => {
  const filler = Array.from({ length: 8 }, (_, k) => `- Việc số ${k + 1}.`).join('\n');

  it('drops bare numbers alone between blank lines that count the pages, and keeps a table\'s STT cells one per line', () => {
    const pages = readDocuments(`KẾ HOẠCH\nTrích yếu\nI. NỘI DUNG\n${filler}\n\n2\n\n${filler}\n\n3\n\nII. TỔ CHỨC\nViệc.`);
    const cells = Array.from({ length: 9 }, (_, k) => `Cột ${k + 1}`).join('\n');
    const table = readDocuments(`KẾ HOẠCH\nTrích yếu\nI. NỘI DUNG\n1\n${cells}\n2\n${cells}\n3\n${cells}`);
    const bare = (d: PlanDocument | undefined): string[] =>
      (d?.body ?? []).flatMap((b) => (b.kind === 'numbered' ? b.children : [])).flatMap((c) => (c.kind === 'paragraph' && /^\d+$/u.test(runsText(c.runs)) ? [runsText(c.runs)] : []));
    expect([bare(pages[0]), bare(table[0])]).toEqual([[], ['1', '2', '3']]);
  });
});

describe('text copied from a PDF', () => {
  const docs = readDocuments(txtFixture('ban-pdf-khong-bang.txt'));
  const doc = docs[0];

  it('joins letterhead fields a narrow cell wrapped ("CỘNG" / "HÒA …", "Sơn" / "La, ngày …")', () => {
    expect([docs.length, ...letterhead(doc)]).toEqual([
      1, 'ỦY BAN NHÂN DÂN\nTỈNH SƠN LA', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '21', 'KH-UBND', 'Sơn La',
      { day: 2, month: 2, year: 2021 },
    ]);
  });

  it('reads a signer block interleaved with Nơi nhận line by line, "T/M." and "KT." on one line, a rank before the name', () => {
    const sig = doc?.signature;
    expect([
      sig ? signatureLines(sig) : null, sig?.name, sig?.sourceLines?.map((s) => s.text), doc?.recipients?.items.map((i) => i.text),
    ]).toEqual([
      ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Thiếu tướng Lò Văn Minh',
      ['T/M. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], ['Bộ Nông nghiệp và Phát triển nông thôn', 'Lưu: VT'],
    ]);
  });
});

describe('a document whose letterhead was cut', () => {
  it('is read as one document of the kind its opening or closing names', () => {
    const foot = '\nNơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn A';
    const plan = readDocuments(`Căn cứ Luật Tổ chức chính quyền địa phương;\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\nViệc.${foot}`);
    const report = readDocuments(`Thực hiện Công văn số 12/BNV-CCHC của Bộ Nội vụ.\nI. KẾT QUẢ\nĐã làm.\nTrên đây là báo cáo kết quả của Sở Nội vụ./.${foot}`);
    expect([...plan, ...report].map((d) => [d.kind, d.meta.inferred.includes('kind'), d.signature?.name])).toEqual([
      ['ke-hoach', true, 'Nguyễn Văn A'],
      ['bao-cao', true, 'Nguyễn Văn A'],
    ]);
  });
});
