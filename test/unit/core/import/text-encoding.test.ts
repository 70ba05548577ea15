/**
 * UTF-16 text without a byte-order mark (LE and BE) is recognised as UTF-16, not blamed on TCVN3/VNI;
 * UTF-8, legacy single-byte text and binary noise are not taken for it.
 */
import { describe, expect, it } from 'vitest';
import { textEncodingOf } from '../../../../core/import/index';
import { readDocumentBytes } from '../../../../electron/services/documents/read-document-file';

const PLAN = [
  'ỦY BAN NHÂN DÂN',
  'HUYỆN ĐÔNG ANH',
  'Số: 12/KH-UBND',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Đông Anh, ngày 05 tháng 3 năm 2025',
  'KẾ HOẠCH',
  'Triển khai công tác chuyển đổi số năm 2025',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Mục đích',
  'Nâng cao hiệu quả quản lý, điều hành của các cơ quan, đơn vị.',
  'II. NỘI DUNG',
  '- Rà soát, cập nhật cơ sở dữ liệu dùng chung.',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT.',
  'CHỦ TỊCH',
  'Nguyễn Văn An',
].join('\r\n');

function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf16le'));
}

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  return new Uint8Array(le.swap16());
}

describe('textEncodingOf', () => {
  it('recognises UTF-16 without a byte-order mark, both byte orders, and with one', () => {
    const withBom = (bytes: Uint8Array, bom: number[]): Uint8Array => new Uint8Array([...bom, ...bytes]);
    expect([
      textEncodingOf(utf16le(PLAN)),
      textEncodingOf(utf16be(PLAN)),
      textEncodingOf(withBom(utf16le(PLAN), [0xff, 0xfe])),
      textEncodingOf(withBom(utf16be(PLAN), [0xfe, 0xff])),
    ]).toEqual(['utf-16le', 'utf-16be', 'utf-16le', 'utf-16be']);
  });

  it('keeps UTF-8 (with or without its mark), TCVN3 bytes and binary noise as UTF-8 (so the decoder decides)', () => {
    const utf8 = new TextEncoder().encode(PLAN);
    // TCVN3 "KÕ ho¹ch" style bytes: single-byte, no zero bytes.
    const tcvn3 = new Uint8Array(Buffer.from('KÕ ho¹ch triÓn khai c«ng t¸c chuyÓn ®æi sè', 'latin1'));
    const zeros = new Uint8Array(1024);
    const noise = Uint8Array.from({ length: 4096 }, (_unused, i) => (i * 7919) % 251);
    expect([
      textEncodingOf(utf8),
      textEncodingOf(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])),
      textEncodingOf(tcvn3),
      textEncodingOf(zeros),
      textEncodingOf(noise),
    ]).toEqual(['utf-8', 'utf-8', 'utf-8', 'utf-8', 'utf-8']);
  });
});

describe('reading a BOM-less UTF-16 text file', () => {
  it.each([
    ['little endian', utf16le(PLAN)],
    ['big endian', utf16be(PLAN)],
  ])('imports the plan (%s) instead of saying it is TCVN3/VNI', async (_order, bytes) => {
    const read = await readDocumentBytes('ke-hoach.txt', bytes);
    expect(read.ok ? { ok: true, title: read.value.documents[0]?.header.summary } : read).toEqual({
      ok: true,
      title: 'Triển khai công tác chuyển đổi số năm 2025',
    });
  });
});
