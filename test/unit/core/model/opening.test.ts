import { describe, expect, it } from 'vitest';
import { isBasisLine } from '../../../../core/model/opening';

describe('căn cứ lines', () => {
  it('recognises "Căn cứ …" in any case, and not "Thực hiện …" or words that merely start alike', () => {
    const lines = ['Căn cứ Luật Tổ chức chính quyền địa phương;', '  CĂN CỨ Nghị định số 30/2020/NĐ-CP;', 'căn cứ', 'Thực hiện Chỉ thị số 25/CT-TTg;', 'Căn cứu giả định', 'Trên cơ sở căn cứ …'];
    expect(lines.map(isBasisLine)).toEqual([true, true, true, false, false, false]);
  });
});
