import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../../../core/model/schema-version';
import { importLines } from '../../../../../core/import/structure/import-lines';
import { importText } from '../../../../../core/import/structure/import-text';
import { flattenBlocks, topSections } from '../../../../../core/model/walk';
import type { PlanDocument } from '../../../../../core/model/plan-document';

describe('importText', () => {
  it('refuses empty or blank text with import/no-document', () => {
    const codes = ['', '   \n\n\t\n'].map((t) => {
      const read = importText(t);
      return read.ok ? 'ok' : read.error.code;
    });
    expect(codes).toEqual(['import/no-document', 'import/no-document']);
  });

  it('refuses text with nothing recognizable, with a Vietnamese message', () => {
    const read = importText('Hôm nay trời đẹp.\nChúng tôi đi chơi.');
    expect(read.ok ? null : [read.error.code, /văn bản/.test(read.error.message)]).toEqual(['import/no-document', true]);
  });

  it('normalizes decomposed Vietnamese (NFD) to NFC', () => {
    const read = importText('KẾ HOẠCH\nThực hiện nhiệm vụ\nI. NỘI DUNG\nViệc.'.normalize('NFD'));
    const doc = read.ok ? (read.value[0] as PlanDocument) : null;
    expect([doc?.header.docType, doc?.header.summary]).toEqual(['KẾ HOẠCH', 'Thực hiện nhiệm vụ']);
  });

  it('reads Windows line ends and a byte-order mark', () => {
    const read = importText('\uFEFFKẾ HOẠCH\r\nTrích yếu\r\nI. NỘI DUNG\r\nViệc.\r\n');
    expect(read.ok ? [read.value[0]?.header.docType, read.value[0]?.header.source?.docType?.line] : null).toEqual(['KẾ HOẠCH', 1]);
  });

  it('marks text documents with origin txt', () => {
    const read = importText('KẾ HOẠCH\nTrích yếu\nI. NỘI DUNG\nViệc.');
    expect(read.ok ? read.value[0]?.meta : null).toEqual({ schemaVersion: SCHEMA_VERSION, templateId: null, profileId: null, inferred: [], origin: 'txt' });
  });

  it('reads a generated 100-page plan (about 300 KB) whole', () => {
    const sections = ['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG', 'KINH PHÍ THỰC HIỆN', 'TỔ CHỨC THỰC HIỆN'];
    const lines = ['Số: /KH-UBND', 'Bắc Giang, ngày tháng 9 năm 2021', 'KẾ HOẠCH', 'Trích yếu', 'Căn cứ Luật Tổ chức chính quyền địa phương;'];
    const roman = ['I.', 'II.', 'III.', 'IV.'];
    sections.forEach((title, s) => {
      lines.push(`${roman[s]} ${title}`);
      for (let i = 1; i <= 50; i += 1) {
        lines.push(`${i}. Nhiệm vụ số ${i} của phần ${s + 1}`);
        for (const letter of ['a', 'b', 'c', 'd', 'đ']) {
          lines.push(`${letter}) Tổ chức triển khai thực hiện có hiệu quả các hoạt động văn hóa đối ngoại trên địa bàn tỉnh, bảo đảm tiết kiệm.`);
          lines.push('- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch; cơ quan phối hợp: các sở, ban, ngành, UBND các huyện.');
        }
      }
    });
    lines.push('Nơi nhận:', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Mai Sơn');
    const text = lines.join('\n');
    const read = importText(text);
    const doc = read.ok ? (read.value[0] as PlanDocument) : null;
    const counts = doc ? [topSections(doc.body).length, flattenBlocks(doc.body).length, doc.signature?.name] : null;
    expect([new TextEncoder().encode(text).length > 250_000, counts]).toEqual([true, [4, 4 + 200 + 200 * 10, 'Mai Sơn']]);
  });
});

describe('importLines (the entry the .docx reader shares)', () => {
  it('uses runs and table cells when the caller knows them', () => {
    const read = importLines(
      [
        { text: 'ỦY BAN NHÂN DÂN', line: 1, cell: 'left', runs: [{ text: 'ỦY BAN NHÂN DÂN', bold: true }] },
        { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', line: 2, cell: 'right' },
        { text: 'KẾ HOẠCH', line: 3 },
        { text: 'Trích yếu', line: 4 },
        { text: 'I. NỘI DUNG', line: 5 },
        { text: 'Việc.', line: 6 },
        { text: 'Nơi nhận:', line: 7, cell: 'left' },
        { text: '- Lưu: VT.', line: 8, cell: 'left' },
        { text: 'CHỦ TỊCH', line: 9, cell: 'right' },
        { text: 'Nguyễn Văn A', line: 10, cell: 'right' },
      ],
      { origin: 'docx', idPrefix: 'd' },
    );
    const doc = read.ok ? (read.value[0] as PlanDocument) : null;
    expect([doc?.header.agency, doc?.signature?.signerTitle, doc?.signature?.name, doc?.recipients?.items.length, doc?.meta.origin, doc?.body[0]?.id]).toEqual([
      'ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A', 1, 'docx', 'd1',
    ]);
  });
});

describe('importLines with a .docx body table', () => {
  it('keeps a task table with capitals in its cells inside the body, before the signer table', () => {
    const lines: Array<{ text: string; line: number; cell?: 'left' | 'right' | null }> = [
      { text: 'KẾ HOẠCH', line: 1 },
      { text: 'Trích yếu', line: 2 },
      { text: 'I. NHIỆM VỤ', line: 3 },
      { text: 'STT', line: 4, cell: 'left' },
      { text: 'NỘI DUNG', line: 5, cell: 'right' },
      { text: 'CƠ QUAN CHỦ TRÌ', line: 6, cell: 'right' },
      { text: '1', line: 7, cell: 'left' },
      { text: 'Tuyên truyền', line: 8, cell: 'right' },
      { text: 'SỞ NGOẠI VỤ', line: 9, cell: 'right' },
      { text: 'II. TỔ CHỨC THỰC HIỆN', line: 10 },
      { text: 'Các sở thực hiện./.', line: 11 },
      { text: 'Nơi nhận:', line: 12, cell: 'left' },
      { text: '- Lưu: VT.', line: 13, cell: 'left' },
      { text: 'TM. ỦY BAN NHÂN DÂN', line: 14, cell: 'right' },
      { text: 'CHỦ TỊCH', line: 15, cell: 'right' },
      { text: 'Nguyễn Văn A', line: 16, cell: 'right' },
    ];
    const read = importLines(lines, { origin: 'docx' });
    const doc = read.ok ? (read.value[0] as PlanDocument) : null;
    const sections = doc ? topSections(doc.body).map((s) => [s.label, s.children.length]) : null;
    expect([sections, doc?.signature?.signerTitle, doc?.signature?.name, doc?.recipients?.items.length]).toEqual([
      [
        ['I.', 6],
        ['II.', 1],
      ],
      'CHỦ TỊCH',
      'Nguyễn Văn A',
      1,
    ]);
  });
});
