import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../../../core/import/structure/import-text';
import { documentWords, sourceWords, wordDiff } from '../../../../helpers/import-text-words';

/** Lines real plans are made of, noisy ones included; random text is mixed in by the generator. */
const FRAGMENTS = [
  '', '   ', '\t', 'ỦY BAN NHÂN DÂN', 'TỈNH BẮC GIANG', 'SỞ NGOẠI VỤ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
  'Số: 12/KH-UBND', 'Số:    /KH-UBND', 'Số: 859 /KH-UBND', 'Bắc Giang, ngày 05 tháng 9 năm 2021', 'ngày tháng năm 2021',
  'ngày 5 tháng 9 năm 2021 họp bàn', 'KẾ HOẠCH', 'BÁO CÁO', 'Kế hoạch', 'V/v triển khai nhiệm vụ', 'Kính gửi:', 'Kính gửi: Sở Tư pháp',
  'Triển khai thực hiện Chỉ thị số 25/CT-TTg', 'TRIỂN KHAI CÔNG TÁC NĂM 2018', 'Căn cứ Luật Tổ chức chính quyền địa phương;',
  'Thực hiện Chỉ thị số 25;', 'Chủ tịch UBND tỉnh ban hành Kế hoạch như sau:', 'I. MỤC ĐÍCH, YÊU CẦU', 'II - NỘI DUNG', 'Phần I', 'PHẦN II',
  'Mục 2', '1. Mục đích', '2) Yêu cầu', '3. Sở Tài chính: Chủ trì bố trí kinh phí.', '1.1. Mục tiêu', 'a) Tổ chức hội nghị.', 'đ) Sơ kết',
  'b. Tuyên truyền', '- Cơ quan chủ trì: Sở Nội vụ;', '+ tiết kiệm', ' - + Lưu: VT, KGVX.', 'tiếp tục câu bị ngắt', 'VTC), Cổng thông tin',
  'Đoạn văn thường kết thúc.', '**Đoạn in đậm**', 'Có *nghiêng* ở giữa', '(Có phụ lục kèm theo)', 'Trên đây là Kế hoạch của tỉnh./.',
  'Nơi nhận:', 'NƠI NHẬN:', '- Như trên;', '- Lưu: VT.', 'Như trên;', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'TL. GIÁM ĐỐC', 'PHÓ CHỦ TỊCH',
  'CHỦ TỊCH', '(Đã ký)', 'Nguyễn Văn A', 'NGUYỄN VĂN B', 'TS. Trần Văn C', 'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TỈNH HÀ NAM      Độc lập - Tự do - Hạnh phúc', 'Số: 5/UBND-VP\tHà Nam, ngày 5 tháng 10 năm 2021', 'Nơi nhận:\tTM. ỦY BAN NHÂN DÂN',
  '- Như trên;\tCHỦ TỊCH', 'STT\tNỘI DUNG\tTHỜI GIAN', '-----------', '**KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH**', 'Căn cứ\u00a0Nghị định   30;',
 'Kinh phí\u0301 ghép dấu', '+------+------+', '| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
  '| Nơi nhận: | KT. CHỦ TỊCH |', '| - Lưu: VT. | Nguyễn Văn A |', '|  | tiếp theo ô phải |', '| STT | Nội dung | Thời gian |', '……', 'Ủy ban nhân dân tỉnh Lai Châu ban hành Kế hoạch, cụ thể như sau:',
  // Appendices, text tables, web copies and signer chains (issues 8 and 9). Page numbers and literal "\r\n" are
  // left out: they are dropped on purpose, which this word count would take for a loss.
  'PHỤ LỤC', 'Phụ lục II', 'Biểu số 01', 'DANH MỤC NHIỆM VỤ NĂM 2026', '(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh)',
  '(Ban hành kèm theo Kế hoạch số /KH-UBND của Chủ tịch UBND tỉnh)', '- Lưu: VT, NC.Châu (Ban hành kèm theo Kế hoạch số 5/KH-UBND)',
  'STT\tNhiệm vụ\tCơ quan chủ trì', '1\tRà soát văn bản\tSở Tư pháp', '| TT | Nội dung |', '|---|---|', 'ỦY BAN NHÂN DÂN | CỘNG',
  'HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |', 'Số: 7822/KH-UBND | Bến Tre, ngày 26 tháng 11 năm 2021 |', 'T/M. ỦY BAN NHÂN DÂN', 'K/T CHỦ TỊCH',
  'TM BAN CHỈ ĐẠO', 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Thiếu tướng Lò Văn Minh', 'CỘNG', 'Sơn',
  'La, ngày 27 tháng 3 năm 2020', '- Bộ Y tế; KT. CHỦ TỊCH', 'Điều 1. Ban hành kèm theo Quyết định này.',
];

const line = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }) });
const text = fc.array(line, { maxLength: 60 }).map((lines) => lines.join('\n'));

describe('any mix of plan lines and noise', () => {
  it('never throws, and a document read from it holds every word of the text', () => {
    fc.assert(
      fc.property(text, (input) => {
        const read = importText(input);
        if (!read.ok) {
          return read.error.code === 'import/no-document';
        }
        const diff = wordDiff(sourceWords(input.normalize('NFC')), read.value.flatMap(documentWords));
        expect(diff).toEqual({ missing: {}, extra: {} });
        return true;
      }),
      { numRuns: 3000, seed: Number(process.env.FUZZ_SEED ?? 20260522) },
    );
  });
});
