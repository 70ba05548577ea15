import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../../../core/import/structure/import-text';
import { bodyArbitrary, bodyText, shape } from '../../../../helpers/import-text-plans';

const HEAD = ['ỦY BAN NHÂN DÂN', 'TỈNH BẮC GIANG', 'Số: /KH-UBND', 'KẾ HOẠCH', 'Triển khai thực hiện Chỉ thị số 25/CT-TTg', 'Căn cứ Luật Tổ chức chính quyền địa phương;'];
const FOOT = ['Nơi nhận:', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A'];

describe('a body written as text reads back as the same tree', () => {
  it('keeps levels, labels, markers, titles and text of random bodies', () => {
    fc.assert(
      fc.property(bodyArbitrary, fc.boolean(), (body, blankLines) => {
        const lines = [...HEAD, ...bodyText(body), ...FOOT];
        const read = importText(lines.join(blankLines ? '\n\n' : '\n'));
        const doc = read.ok ? read.value[0] : undefined;
        expect([read.ok && read.value.length, shape(doc?.body ?? []), doc?.signature?.name]).toEqual([1, shape(body), 'Nguyễn Văn A']);
      }),
      { numRuns: 500, seed: Number(process.env.FUZZ_SEED ?? 7) },
    );
  });
});
