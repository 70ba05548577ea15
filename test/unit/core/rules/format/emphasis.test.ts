import { describe, expect, test } from 'vitest';
import { formatEmphasis } from '../../../../../core/rules/builtin/format/emphasis';
import { fixtureDocument } from '../../../../helpers/docx-fixtures-load';
import { findingsOf } from '../../../../helpers/docx-fixtures-rules';

describe('format.emphasis', () => {
  test('stays silent when bold, italic and capitals follow the decree', async () => {
    expect(findingsOf(formatEmphasis, await fixtureDocument('docxlib-compliant.docx'))).toEqual([]);
  });

  test('flags a bold upright date line and a "Nơi nhận:" that is not italic', async () => {
    expect(findingsOf(formatEmphasis, await fixtureDocument('docxlib-arial.docx'))).toEqual([
      'warning @6: Địa danh, ngày tháng "Bắc Giang, ngày 05 tháng 3 năm 2024": đang in đậm; không in đậm; chưa in nghiêng; cần in nghiêng.',
      'warning @24: "Nơi nhận:": chưa in nghiêng; cần in nghiêng.',
    ]);
  });

  test('groups the same fault on the same element (plain text converted by pandoc)', async () => {
    const findings = findingsOf(formatEmphasis, await fixtureDocument('pandoc-from-md.docx'));
    expect(findings.filter((f) => /\(\d+ đoạn/.test(f))).toEqual([
      'warning @1: Tên cơ quan ban hành (2 đoạn, đầu tiên "ỦY BAN NHÂN DÂN"): chưa in đậm; cần in đậm.',
      'warning @9: Phần căn cứ (2 đoạn, đầu tiên "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng …"): chưa in nghiêng; cần in nghiêng.',
      'warning @12: Tiêu đề mục (I, II …) (4 đoạn, đầu tiên "I. MỤC ĐÍCH, YÊU CẦU"): chưa in đậm; cần in đậm.',
      'warning @13: Tiêu đề khoản (1, 2 …) (2 đoạn, đầu tiên "1. Mục đích"): chưa in đậm; cần in đậm.',
      'warning @29: Thẩm quyền, chức vụ người ký (3 đoạn, đầu tiên "TM. ỦY BAN NHÂN DÂN"): chưa in đậm; cần in đậm.',
    ]);
  });
});

describe('format.emphasis on titles that run on into their content (corpus)', () => {
  async function itemFindings(file: string): Promise<string[]> {
    const { readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { importDocx } = await import('../../../../../core/import/docx/import-docx');
    const { CORPUS_DIR } = await import('../../../../helpers/corpus-measure');
    const read = await importDocx(new Uint8Array(await readFile(join(CORPUS_DIR, file))));
    if (!read.ok) {
      throw new Error(read.error.message);
    }
    return read.value.flatMap((d) => findingsOf(formatEmphasis, d)).filter((f) => f.includes('Tiêu đề khoản'));
  }

  test('"2. Kết quả thực hiện: đến thời điểm …" bold up to the colon is right; "2. Giao Sở Nội vụ …:" with only its number bold is not', async () => {
    const [report129, report125, plan107] = await Promise.all(['129_lamdong-hcc-bc-766.docx', '125_laocai-bc-ubnd-vlncn-2025.docx', '107_lamdong-kh-thidua-cchc-2026.docx'].map(itemFindings));
    expect({ report129, report125, plan107: (plan107 ?? []).map((f) => f.replace(/^warning @\d+: /, '')) }).toEqual({
      report129: [],
      report125: [],
      plan107: ['Tiêu đề khoản (1, 2 …) "2. Giao Sở Nội vụ (Cơ quan Thường trực Hội đồng Thi đua -…": chỉ in đậm một phần; cần in đậm cả dòng.'],
    });
  });
});
