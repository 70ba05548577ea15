import { describe, expect, test } from 'vitest';
import { formatLines } from '../../../../../core/rules/builtin/format/lines';
import { fixtureDocument } from '../../../../helpers/docx-fixtures-load';
import { findingsOf, withFacts } from '../../../../helpers/docx-fixtures-rules';

describe('format.lines', () => {
  test('stays silent when the Tiêu ngữ, the agency and the trích yếu have a bottom border', async () => {
    expect(findingsOf(formatLines, await fixtureDocument('docxlib-compliant.docx'))).toEqual([]);
  });

  test('reports each missing line at its paragraph', async () => {
    expect(findingsOf(formatLines, await fixtureDocument('docxlib-arial.docx'))).toEqual([
      'warning @2: Thiếu đường kẻ ngang, nét liền dưới tên cơ quan ban hành "TỈNH BẮC GIANG".',
      'warning @5: Thiếu đường kẻ ngang, nét liền dưới Tiêu ngữ "Độc lập - Tự do - Hạnh phúc".',
      'warning @8: Thiếu đường kẻ ngang, nét liền dưới trích yếu "Triển khai chuyển đổi số năm 2024".',
    ]);
  });

  test('accepts drawn line shapes in the letterhead and names an underline used instead of a line', async () => {
    const base = await fixtureDocument('docxlib-arial.docx');
    const drawn = withFacts(base, (f) => ({ paragraphs: f.paragraphs.map((p) => (p.index === 0 ? { ...p, drawnLines: 3 } : p)) }));
    const underlined = withFacts(base, (f) => ({
      paragraphs: f.paragraphs.map((p) => (p.index === 4 ? { ...p, runs: p.runs.map((r) => ({ ...r, underline: true })) } : p)),
    }));
    expect({ drawn: findingsOf(formatLines, drawn), underlined: findingsOf(formatLines, underlined)[1] }).toEqual({
      drawn: [],
      underlined: 'warning @5: Thiếu đường kẻ ngang, nét liền dưới Tiêu ngữ "Độc lập - Tự do - Hạnh phúc" (đang dùng gạch chân chữ, không phải đường kẻ).',
    });
  });
});
